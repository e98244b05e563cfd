# Ordering an int against a str.
print(1 < "a")  # expect runtime error: TypeError: '<' not supported between instances of 'int' and 'str'
