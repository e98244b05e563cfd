# str() of numbers, containers and None.
print(str(42) + str(1.5) + str(None) + str(True))  # expect: 421.5NoneTrue
print(str([1, "a"]))  # expect: [1, 'a']
print(str((1,)))  # expect: (1,)
print(str({"k": "v"}))  # expect: {'k': 'v'}
print(str("x") == "x")  # expect: True
