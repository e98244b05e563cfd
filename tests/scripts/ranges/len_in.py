# len() and in work without materialising the range.
r = range(0, 100, 7)
print(len(r))  # expect: 15
print(14 in r, 15 in r)  # expect: True False
print(len(range(10, 0, -2)))  # expect: 5
print(len(range(10 ** 12)))  # expect: 1000000000000
