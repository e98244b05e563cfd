# list/tuple/dict/set constructors from iterables.
print(list("abc"))  # expect: ['a', 'b', 'c']
print(tuple([1, 2]))  # expect: (1, 2)
print(list((1, 2)), tuple(range(3)))  # expect: [1, 2] (0, 1, 2)
print(sorted(set([3, 1, 3])))  # expect: [1, 3]
print(dict([(1, 2)]))  # expect: {1: 2}
print(list({"a": 1, "b": 2}))  # expect: ['a', 'b']
print(str(), int(), float(), bool())  # expect:  0 0.0 False
