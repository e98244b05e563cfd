# in / not in across container types.
print(2 in [1, 2, 3])  # expect: True
print("ell" in "hello")  # expect: True
print("k" in {"k": 1})  # expect: True
print(1 in {"k": 1})  # expect: False
print(3 not in (1, 2))  # expect: True
print(5 in range(0, 10, 5))  # expect: True
print(4 in {1, 2, 3})  # expect: False
