# A running generator cannot be resumed from inside itself.
def selfish():
    yield next(me)  # expect runtime error: ValueError: generator already executing

me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)        # expect: generator already executing
print(next(me, "finished"))   # expect: finished

me = selfish()
print(me.gi_running)   # expect: False
next(me)
