# len() of every sized container.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}))  # expect: 3 2 1 1
print(len({1, 2, 3}), len(range(5)), len(""))  # expect: 3 5 0
