# isinstance() with one type or a tuple; type() and __name__.
print(isinstance(1, int), isinstance(1.0, int))  # expect: True False
print(isinstance("s", (int, str)))  # expect: True
print(isinstance([], (tuple, dict)))  # expect: False
print(type(1))  # expect: <class 'int'>
print(type("s"), type([]), type({}))  # expect: <class 'str'> <class 'list'> <class 'dict'>
print(type(1.5).__name__, type(None).__name__)  # expect: float NoneType
print(type(True) is bool, type(3) == int)  # expect: True True
print(type(len))  # expect: <class 'builtin_function_or_method'>
