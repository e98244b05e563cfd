# + and * on lists, == and ordering comparisons.
print([1, 2] + [3])  # expect: [1, 2, 3]
print([0] * 3)  # expect: [0, 0, 0]
print([1, 2] == [1, 2])  # expect: True
print([1, 2] < [1, 3])  # expect: True
print([1, 2] < [1, 2, 0])  # expect: True
print([2] > [1, 9, 9])  # expect: True
print(3 in [1, 2, 3], 4 in [1, 2, 3])  # expect: True False
