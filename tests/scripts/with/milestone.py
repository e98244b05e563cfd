# with calls __enter__ and __exit__, also when the body raises.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("<" + self.name + ">")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("</" + self.name + ">")
        return exc_type is KeyError
with Tag("a") as t, Tag("b"):
    print("body", t.name)
with Tag("c"):
    raise KeyError("swallowed")
print("after")
# expect: <a>
# expect: <b>
# expect: body a
# expect: </b>
# expect: </a>
# expect: <c>
# expect: </c>
# expect: after
