# A BaseException subclass is not caught by `except Exception`.
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop")
    except Exception:
        print("not here")
except BaseException as e:
    print("outer:", type(e).__name__, e)  # expect: outer: Abort stop
print(issubclass(Abort, Exception))  # expect: False
