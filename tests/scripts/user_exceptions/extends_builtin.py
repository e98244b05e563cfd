# Subclassing a built-in exception: caught by the built-in's handler.
class NegativeError(ValueError):
    pass
class MissingKey(KeyError):
    pass
def check(x):
    if x < 0:
        raise NegativeError("negative: %d" % x)
    return x
try:
    check(-5)
except ValueError as e:
    print(type(e).__name__, e)  # expect: NegativeError negative: -5
try:
    raise MissingKey("k")
except LookupError as e:
    print(type(e).__name__, str(e))  # expect: MissingKey 'k'
print(issubclass(NegativeError, Exception))  # expect: True
