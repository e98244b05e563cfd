# Concatenating a str and an int.
print("a" + 1)  # expect runtime error: TypeError: can only concatenate str (not "int") to str
