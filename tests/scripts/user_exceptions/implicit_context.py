# An exception raised inside a handler records the handled one as __context__.
class CleanupError(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise CleanupError("during cleanup")
except CleanupError as e:
    print(type(e.__context__).__name__, e.__context__)  # expect: ZeroDivisionError division by zero
    print(e.__cause__, e.__suppress_context__)  # expect: None False
try:
    raise CleanupError("alone")
except CleanupError as e:
    print(e.__context__, e.__cause__)  # expect: None None
