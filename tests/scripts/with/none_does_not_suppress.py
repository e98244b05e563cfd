# __exit__ returning None (falsy) lets the exception propagate.
class Log:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None)
with Log():
    pass
# expect: open
# expect: close None
with Log():
    raise RuntimeError("escaped")  # expect runtime error: RuntimeError: escaped
# expect: open
# expect: close RuntimeError
