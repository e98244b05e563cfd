# Several items in one with: entered left to right, exited right to left.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
with Tag("a") as a, Tag("b") as b, Tag("c"):
    print("body", a, b)
# expect: enter a
# expect: enter b
# expect: enter c
# expect: body a b
# expect: exit c
# expect: exit b
# expect: exit a
