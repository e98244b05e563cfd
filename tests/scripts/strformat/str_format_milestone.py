# str.format with positional, indexed, keyword and spec fields.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1}{0}{1}".format("a", "b"))  # expect: bab
print("{name:>6}|{n:04d}".format(name="ann", n=7))  # expect:    ann|0007
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}))  # expect: 6 v
