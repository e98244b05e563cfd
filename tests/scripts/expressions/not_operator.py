# not always returns a bool.
print(not 0)  # expect: True
print(not "x")  # expect: False
print(not [])  # expect: True
print(not not 5)  # expect: True
print(not None)  # expect: True
