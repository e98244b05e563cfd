# An inner handler that does not match passes the exception outward.
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
# expect: inner finally
# expect: outer caught inner
