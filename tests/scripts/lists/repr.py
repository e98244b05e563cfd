# List repr uses repr() of elements.
print([1, "two", 3.0, None, True])  # expect: [1, 'two', 3.0, None, True]
print([[], [[]]])  # expect: [[], [[]]]
print(repr(["a'b"]))  # expect: ["a'b"]
xs = [1]
xs.append(xs)
print(xs)  # expect: [1, [...]]
