# format(value, spec) applies one spec; the empty spec is str().
print(format(3.14159, ".2f"))  # expect: 3.14
print(format(42, "05d"), format(42, "x"), format(42, "b"))  # expect: 00042 2a 101010
print(format("hi", ">5") + "|")  # expect:    hi|
print(format(1234.5, ",.1f"))  # expect: 1,234.5
print(format(0.5, "%"), format(7), format(None))  # expect: 50.000000% 7 None
print(repr(format("x", "")))  # expect: 'x'
print(format(-3, "+"), format(3, " "))  # expect: -3  3
