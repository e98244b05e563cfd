# == between unrelated types is False, never an error.
print(1 == "1")  # expect: False
print([] == ())  # expect: False
print(None == 0)  # expect: False
print("a" != 1)  # expect: True
print(0 == False)  # expect: True
