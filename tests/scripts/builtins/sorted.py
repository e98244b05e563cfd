# sorted() returns a new list; key and reverse.
xs = [3, 1, 2]
print(sorted(xs), xs)  # expect: [1, 2, 3] [3, 1, 2]
print(sorted(xs, reverse=True))  # expect: [3, 2, 1]
print(sorted(["b", "A", "c"], key=str.lower))  # expect: ['A', 'b', 'c']
print(sorted({"z": 1, "a": 2}))  # expect: ['a', 'z']
print(sorted((3, -4, 1), key=abs))  # expect: [1, 3, -4]
print(sorted("bca"))  # expect: ['a', 'b', 'c']
