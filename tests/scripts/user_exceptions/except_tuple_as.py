# except (A, B) as e catches either user exception.
class NotFound(Exception):
    pass
class Forbidden(Exception):
    pass
class Other(Exception):
    pass
def handle(cls):
    try:
        raise cls(cls.__name__.lower())
    except (NotFound, Forbidden) as e:
        return "client error: " + str(e)
    except Exception as e:
        return "other: " + type(e).__name__
print(handle(NotFound))  # expect: client error: notfound
print(handle(Forbidden))  # expect: client error: forbidden
print(handle(Other))  # expect: other: Other
errors = (NotFound, Forbidden)
try:
    raise Forbidden("f")
except errors as e:
    print("tuple variable:", repr(e))  # expect: tuple variable: Forbidden('f')
