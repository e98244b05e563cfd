# bytes support +, *, ==, <, in, and are distinct from str.
a = b"ab" + b"cd"
print(a, a * 2, len(a))  # expect: b'abcd' b'abcdabcd' 4
print(a == b"abcd", a == "abcd", b"ab" < b"b")  # expect: True False True
print(b"bc" in a, 99 in a, b"x" in a)  # expect: True True False
print(bytes([72, 105]), bytes(3))  # expect: b'Hi' b'\x00\x00\x00'
b"a" + "b"  # expect runtime error: TypeError: can't concat str to bytes
