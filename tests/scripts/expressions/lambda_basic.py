# Lambdas: expressions, default arguments, immediate call.
square = lambda x: x * x
print(square(7))  # expect: 49
add = lambda a, b=10: a + b
print(add(1))  # expect: 11
print(add(1, 2))  # expect: 3
print((lambda: "called")())  # expect: called
print((lambda *a: len(a))(1, 2, 3))  # expect: 3
