# Any truthy value returned by __exit__ suppresses; falsy values do not.
class Ret:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value
for v in [1, "yes", [0], 0, "", None]:
    try:
        with Ret(v):
            raise KeyError(v)
        print(repr(v), "suppressed")
    except KeyError:
        print(repr(v), "propagated")
# expect: 1 suppressed
# expect: 'yes' suppressed
# expect: [0] suppressed
# expect: 0 propagated
# expect: '' propagated
# expect: None propagated
