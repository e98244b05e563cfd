# A generator that yields again after GeneratorExit makes close() fail.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing")
    yield 2   # a second close() finds no handler here and succeeds

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)         # expect: refusing
                     # expect: generator ignored GeneratorExit
print(g.close())     # expect: None
h = stubborn()
next(h)
# expect: refusing
h.close()  # expect runtime error: RuntimeError: generator ignored GeneratorExit
