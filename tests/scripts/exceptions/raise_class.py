# raise accepts a class and instantiates it.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)  # expect: ValueError() ()
try:
    raise IndexError("i")
except Exception as e:
    print(type(e).__name__)  # expect: IndexError
