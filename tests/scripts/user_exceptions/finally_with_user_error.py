# finally runs whether or not a user exception passes through.
class StepError(Exception):
    pass
def step(fail):
    try:
        print("work", fail)
        if fail:
            raise StepError("step failed")
        return "ok"
    finally:
        print("cleanup", fail)
print(step(False))
# expect: work False
# expect: cleanup False
# expect: ok
try:
    step(True)
except StepError as e:
    print("caught", e)
# expect: work True
# expect: cleanup True
# expect: caught step failed
