# dict.fromkeys(iterable, value=None), reached from the type or an instance.
print(dict.fromkeys("abc"))  # expect: {'a': None, 'b': None, 'c': None}
print(dict.fromkeys([1, 2, 1], 0))  # expect: {1: 0, 2: 0}
print({}.fromkeys((3,)), dict.fromkeys([]))  # expect: {3: None} {}
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)  # expect: {'x': [1], 'y': [1]}
print(dict.fromkeys(range(3), "v"))  # expect: {0: 'v', 1: 'v', 2: 'v'}
try:
    dict.fromkeys()
except TypeError as e:
    print(e)  # expect: fromkeys expected at least 1 argument, got 0
try:
    dict.fromkeys([1], 2, 3)
except TypeError as e:
    print(e)  # expect: fromkeys expected at most 2 arguments, got 3
try:
    dict.fromkeys(1)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
dict.fromkeys([[1]])  # expect runtime error: TypeError: unhashable type: 'list'
