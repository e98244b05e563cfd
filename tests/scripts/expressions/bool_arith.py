# bool is a subclass of int: True + True == 2.
print(True + True)  # expect: 2
print(True * 10)  # expect: 10
print(False - 1)  # expect: -1
print(True == 1)  # expect: True
print(isinstance(True, int))  # expect: True
print(True)  # expect: True
print(str(False))  # expect: False
