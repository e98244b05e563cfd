# None prints as None and is a singleton.
x = None
print(x)  # expect: None
print(repr(None))  # expect: None
print(x is None)  # expect: True
print(x == None)  # expect: True
print(type(None).__name__)  # expect: NoneType
print([None, None])  # expect: [None, None]
