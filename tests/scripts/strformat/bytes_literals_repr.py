# bytes literals and repr: printable ASCII as-is, other bytes escaped.
print(b"hello")  # expect: b'hello'
print(repr(b"tab\there"))  # expect: b'tab\there'
print(b"\x00\x7f\xff\n\r")  # expect: b'\x00\x7f\xff\n\r'
print(b"it's", b'say "hi"')  # expect: b"it's" b'say "hi"'
print(b"both ' and \"")  # expect: b'both \' and "'
print(b"\\", rb"\n", len(rb"\n"))  # expect: b'\\' b'\\n' 2
print(b"", type(b"").__name__)  # expect: b'' bytes
