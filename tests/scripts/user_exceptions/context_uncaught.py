# An error inside a handler propagates with the first one as context.
class First(Exception):
    pass
class Second(Exception):
    pass
try:
    raise First("one")
except First:
    raise Second("two")  # expect runtime error: Second: two
