# str.format with automatic, explicit and repeated positional fields.
print("{} {} {}".format("a", "b", "c"))  # expect: a b c
print("{2}{1}{0}".format("x", "y", "z"))  # expect: zyx
print("{0}-{0}-{1}".format("ab", 1))  # expect: ab-ab-1
print("{{literal}} {}".format(5))  # expect: {literal} 5
print("{}".format([1, None]))  # expect: [1, None]
print("no fields".format(1, 2))  # expect: no fields
