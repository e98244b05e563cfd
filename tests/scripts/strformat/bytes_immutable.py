# bytes are immutable; bytes() from a list checks each value is in range(0, 256).
b = b"abc"
print(bytes([0, 65, 255]))  # expect: b'\x00A\xff'
try:
    bytes([256])
except ValueError as e:
    print(e)  # expect: bytes must be in range(0, 256)
c = b
c += b"d"
print(b, c, c is b)  # expect: b'abc' b'abcd' False
print(b == b"abc", hash(b) == hash(b"abc"))  # expect: True True
b[0] = 65  # expect runtime error: TypeError: 'bytes' object does not support item assignment
