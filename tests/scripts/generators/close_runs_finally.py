# close() raises GeneratorExit at the paused yield, so finally blocks run.
def reader():
    print("open")
    try:
        while True:
            yield "line"
    finally:
        print("closed")

r = reader()
print(next(r))     # expect: open
                   # expect: line
print(r.close())   # expect: closed
                   # expect: None
print(next(r, "no more"))   # expect: no more
print(r.close())   # expect: None

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

c = catches()
next(c)
c.close()          # expect: GeneratorExit seen

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = returns_on_exit()
next(g)
print(g.close())   # expect: None
