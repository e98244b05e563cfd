# Subscripting an int.
x = 5
print(x[0])  # expect runtime error: TypeError: 'int' object is not subscriptable
