# A few bytes methods mirror the str ones and return bytes.
b = b"  key=value\n"
print(b.strip(), b.strip().split(b"="))  # expect: b'key=value' [b'key', b'value']
print(b"a,b".replace(b",", b";"), b"abc".upper())  # expect: b'a;b' b'ABC'
print(b"hello".startswith(b"he"), b"hello".find(b"l"), b"hello".count(b"l"))  # expect: True 2 2
print(b"-".join([b"x", b"y"]), b"ab".hex())  # expect: b'x-y' 6162
