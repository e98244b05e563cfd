# !r and !s conversions in str.format fields.
s = "quote's"
print("{!r}".format(s))  # expect: "quote's"
print("{0!s} {0!r}".format("x"))  # expect: x 'x'
class T:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "T()"
print("{} {!r} {!s}".format(T(), T(), T()))  # expect: str-form T() str-form
print("[{!r:>6}]".format("a"))  # expect: [   'a']
print("{!r}".format([T()]))  # expect: [T()]
