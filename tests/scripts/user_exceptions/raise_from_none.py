# raise ... from None hides the context: __suppress_context__ is True, __cause__ None.
class LookupFailed(Exception):
    pass
def find(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupFailed(k) from None  # expect runtime error: LookupFailed: b
try:
    find({}, "a")
except LookupFailed as e:
    print(repr(e), e.__cause__, e.__suppress_context__)  # expect: LookupFailed('a') None True
    print(type(e.__context__).__name__)  # expect: KeyError
find({"a": 1}, "b")
