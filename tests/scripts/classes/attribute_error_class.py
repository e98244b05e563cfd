# Missing class attributes: type object 'P' has no attribute 'z'; del of a class attribute via an instance fails.
class P:
    a = 1
try:
    P.missing
except AttributeError as e:
    print(e)  # expect: type object 'P' has no attribute 'missing'
try:
    del P().a
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'a'
print(P.z)  # expect runtime error: AttributeError: type object 'P' has no attribute 'z'
