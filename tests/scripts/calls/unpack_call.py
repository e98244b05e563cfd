# f(*seq, **mapping) spreads arguments.
def f(a, b, c, d=0):
    return [a, b, c, d]
args = [1, 2, 3]
print(f(*args))  # expect: [1, 2, 3, 0]
print(f(*args, **{"d": 4}))  # expect: [1, 2, 3, 4]
print(f(0, *"xy"))  # expect: [0, 'x', 'y', 0]
kw = {"c": 7, "b": 8}
print(f(1, **kw))  # expect: [1, 8, 7, 0]
print(f(*[1], *[2], c=3))  # expect: [1, 2, 3, 0]
