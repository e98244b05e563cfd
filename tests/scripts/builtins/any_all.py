# any() and all(), including on empty iterables.
print(any([0, "", 3]), all([1, "a", [0]]))  # expect: True True
print(any([]), all([]))  # expect: False True
print(all([1, 0, 1]), any([None, False]))  # expect: False False
print(any(map(lambda x: x > 2, [1, 5])))  # expect: True
