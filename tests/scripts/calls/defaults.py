# Default values fill in missing arguments.
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("ann"))  # expect: hello, ann!
print(greet("bo", "hi"))  # expect: hi, bo!
print(greet("cy", punct="?"))  # expect: hello, cy?
