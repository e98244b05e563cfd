# Nested with statements; the inner manager suppresses, the outer sees nothing.
class M:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow
with M("outer"):
    with M("inner", swallow=True):
        raise ValueError("x")
    print("between")
# expect: enter outer
# expect: enter inner
# expect: exit inner ValueError
# expect: between
# expect: exit outer None
