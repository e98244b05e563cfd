# format() applies a format spec like an f-string.
print(format(3.14159, ".2f"))  # expect: 3.14
print(format(42, "05d"))  # expect: 00042
print(format("ab", ">4"))  # expect:   ab
print(format(255, "x"))  # expect: ff
print(format(1234567, ","))  # expect: 1,234,567
