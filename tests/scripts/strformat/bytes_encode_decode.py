# str.encode and bytes.decode round-trip UTF-8, with multi-byte characters.
s = "héllo €"
b = s.encode()
print(b)  # expect: b'h\xc3\xa9llo \xe2\x82\xac'
print(len(s), len(b))  # expect: 7 10
print(b.decode() == s, b.decode("utf-8"))  # expect: True héllo €
print("abc".encode("ascii"), b"xyz".decode("ascii"))  # expect: b'abc' xyz
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))  # expect: UnicodeDecodeError True
