# `as` binds what __enter__ returns, which need not be the manager itself.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self.name.upper()
    def __exit__(self, *args):
        return None
r = Resource("db")
with r as handle:
    print(handle, handle is r)  # expect: DB False
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
s = Self()
with s as t:
    print(t is s)  # expect: True
print(handle)  # expect: DB
