# finally runs and the exception keeps propagating.
def f():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    f()
except KeyError:
    print("propagated")
# expect: cleanup
# expect: propagated
