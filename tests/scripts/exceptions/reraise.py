# A bare raise re-raises the exception being handled.
def inner():
    try:
        raise KeyError("k")
    except KeyError:
        print("logging")
        raise
try:
    inner()
except KeyError as e:
    print("outer got", repr(e))
# expect: logging
# expect: outer got KeyError('k')
