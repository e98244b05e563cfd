# __exit__ returning True suppresses the exception; execution continues after the with.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError):
    print("before")  # expect: before
    {}["k"]
    print("not reached")
# expect: suppressed KeyError
print("continues")  # expect: continues
with Suppress(KeyError):
    1 / 0  # expect runtime error: ZeroDivisionError: division by zero
