# A zero step is an error.
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
print(sum(range(5)))  # expect: 10
