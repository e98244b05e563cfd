# Slices with bounds, negative bounds and steps.
s = "abcdefgh"
print(s[2:5])  # expect: cde
print(s[:3])  # expect: abc
print(s[5:])  # expect: fgh
print(s[-3:])  # expect: fgh
print(s[::2])  # expect: aceg
print(s[::-1])  # expect: hgfedcba
print(s[6:1:-2])  # expect: gec
print(s[100:])  # expect:
print(s[-100:2])  # expect: ab
