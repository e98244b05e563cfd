# **kwargs collects extra keyword arguments into a dict, in call order.
def options(a, **kw):
    return a, kw
print(options(1))  # expect: (1, {})
print(options(1, z=26, b=2))  # expect: (1, {'z': 26, 'b': 2})
print(options(a=0, x=1))  # expect: (0, {'x': 1})
