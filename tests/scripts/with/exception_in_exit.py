# An exception raised inside __exit__ replaces the body's, with it as context.
class Broken:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed while handling " + exc_type.__name__)
try:
    with Broken():
        raise ValueError("original")
except RuntimeError as e:
    print(e)  # expect: exit failed while handling ValueError
    print(type(e.__context__).__name__, e.__context__)  # expect: ValueError original
class BrokenClean:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("no body error")  # expect runtime error: KeyError: 'no body error'
with BrokenClean():
    print("body ran")  # expect: body ran
