# Indexing bytes gives ints; slicing gives bytes.
b = b"ABCDEF"
print(b[0], b[-1], type(b[0]).__name__)  # expect: 65 70 int
print(b[1:3], b[::2], b[::-1])  # expect: b'BC' b'ACE' b'FEDCBA'
print(b[10:], len(b))  # expect: b'' 6
print(list(b"hi"), list(b""))  # expect: [104, 105] []
for x in b"ab":
    print(x)
# expect: 97
# expect: 98
print(b[6])  # expect runtime error: IndexError: index out of range
