# String index out of range.
s = "abc"
print(s[3])  # expect runtime error: IndexError: string index out of range
