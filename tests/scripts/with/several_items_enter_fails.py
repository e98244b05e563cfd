# If a later __enter__ raises, the managers already entered are still exited.
class Tag:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        if self.fail:
            raise OSError("cannot enter " + self.name)
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else "-")
try:
    with Tag("a"), Tag("b", fail=True), Tag("c"):
        print("body")
except OSError as e:
    print("caught:", e)
# expect: enter a
# expect: exit a OSError
# expect: caught: cannot enter b
