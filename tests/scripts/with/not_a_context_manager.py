# Using an object without __enter__/__exit__ in with is a TypeError.
class NoEnter:
    def __exit__(self, *exc):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)  # expect: 'NoEnter' object does not support the context manager protocol
with 42:  # expect runtime error: TypeError: 'int' object does not support the context manager protocol
    pass
