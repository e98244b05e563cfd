# __exit__ receives the exception type and value when the body raises.
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__, str(exc))
        print(isinstance(exc, exc_type))
        return False
try:
    with Watch():
        raise ValueError("bad value")
except ValueError as e:
    print("propagated:", e)
# expect: exit: ValueError bad value
# expect: True
# expect: propagated: bad value
