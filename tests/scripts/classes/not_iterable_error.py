# Looping over an object without __iter__ or __getitem__ is a TypeError.
class Opaque:
    pass
try:
    list(Opaque())
except TypeError as e:
    print(e)  # expect: 'Opaque' object is not iterable
for x in Opaque():  # expect runtime error: TypeError: 'Opaque' object is not iterable
    print(x)
