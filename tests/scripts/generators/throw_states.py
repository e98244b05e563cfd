# throw() into a generator that has not started: the body never runs and
# the exception comes straight out. Into a finished one: it is simply raised.
def gen():
    print("body runs")
    try:
        yield 1
    except ValueError:
        print("never: the try was not entered yet")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early:", e)          # expect: early: early
print(next(g, "finished"))      # expect: finished

g = gen()
print(list(g))                  # expect: body runs
                                # expect: [1]
try:
    g.throw(IndexError, "late")
except IndexError as e:
    print("late:", e)           # expect: late: late

try:
    gen().throw(42)
except TypeError as e:
    print(e)   # expect: exceptions must be classes or instances deriving from BaseException, not int
try:
    gen().throw(ValueError("x"), "y")
except TypeError as e:
    print(e)   # expect: instance exception may not have a separate value
