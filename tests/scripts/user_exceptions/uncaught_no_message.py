# An uncaught user exception without arguments prints just its name.
class Quiet(Exception):
    pass
def fail():
    raise Quiet  # expect runtime error: Quiet
fail()
