# f(**k) spreads a dict into keyword arguments; several may be combined.
def greet(greeting, name, punct="!"):
    return greeting + ", " + name + punct
opts = {"name": "ann", "greeting": "hi"}
print(greet(**opts))  # expect: hi, ann!
print(greet("yo", **{"name": "bo"}, punct="?"))  # expect: yo, bo?
def collect(*a, **k):
    return a, k
print(collect(*[1, 2], **{"x": 1}, **{"y": 2}))  # expect: ((1, 2), {'x': 1, 'y': 2})
try:
    greet(**opts, **{"name": "cy"})
except TypeError as e:
    print(e)  # expect: __main__.greet() got multiple values for keyword argument 'name'
try:
    greet("a", **{"greeting": "b", "name": "c"})
except TypeError as e:
    print(e)  # expect: greet() got multiple values for argument 'greeting'
