# oracle skip: minipy refuses __slots__ (LANGUAGE.md: out of scope)
class P:  # expect runtime error: NotImplementedError: __slots__ is not supported by minipy
    __slots__ = ("x", "y")
