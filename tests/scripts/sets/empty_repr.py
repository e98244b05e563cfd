# The empty set prints as set(); {} is a dict.
s = set()
print(s)  # expect: set()
print(type({}).__name__)  # expect: dict
print({1})  # expect: {1}
print(len(s), bool(s))  # expect: 0 False
