# Strings cannot be assigned into.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
print(s)  # expect: abc
