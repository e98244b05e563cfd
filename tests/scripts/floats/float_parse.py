# float() from strings and ints.
print(float("1.5"))  # expect: 1.5
print(float("  -2.25  "))  # expect: -2.25
print(float("1e3"))  # expect: 1000.0
print(float(7))  # expect: 7.0
print(float(".5"))  # expect: 0.5
print(float())  # expect: 0.0
