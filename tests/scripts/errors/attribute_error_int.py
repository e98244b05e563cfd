# A missing attribute on an int.
n = 5
print(n.length)  # expect runtime error: AttributeError: 'int' object has no attribute 'length'
