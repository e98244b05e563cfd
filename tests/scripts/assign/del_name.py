# del unbinds a name; using it afterwards is a NameError.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)  # expect: name 'x' is not defined
a, b = 1, 2
del a, b
x = 3
print(x)  # expect: 3
