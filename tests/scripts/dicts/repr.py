# Dict repr uses repr() of keys and values.
print({"a": 1, 2: "b", (3,): [4]})  # expect: {'a': 1, 2: 'b', (3,): [4]}
print({})  # expect: {}
print({1: {2: {}}})  # expect: {1: {2: {}}}
