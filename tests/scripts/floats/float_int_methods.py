# is_integer() and float equality with ints as dict keys.
print((2.0).is_integer())  # expect: True
print((2.5).is_integer())  # expect: False
d = {1: "one"}
print(d[1.0])  # expect: one
print(hash(1.0) == hash(1))  # expect: True
