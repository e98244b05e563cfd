# Iterating over an int.
for i in 5:  # expect runtime error: TypeError: 'int' object is not iterable
    print(i)
