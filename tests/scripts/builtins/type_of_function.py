# The type of user functions and of lambdas.
def f():
    pass
print(type(f).__name__)  # expect: function
print(type(lambda: 0).__name__)  # expect: function
print(type(range(3)), type((1,)))  # expect: <class 'range'> <class 'tuple'>
print(type(set()).__name__)  # expect: set
