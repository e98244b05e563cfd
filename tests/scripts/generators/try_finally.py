# try/except/finally inside a generator body, across yields.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

print(list(guarded()))        # expect: cleanup
                              # expect: [1, 2]

def early_return():
    try:
        yield "a"
        return "r"
    finally:
        print("finally before return")

g = early_return()
print(next(g))                # expect: a
try:
    next(g)                   # expect: finally before return
except StopIteration as e:
    print(e.value)            # expect: r

def handled():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled " + str(e)
        finally:
            print("finally", i)

for x in handled():
    print(x)
# expect: 0
# expect: finally 0
# expect: handled 1
# expect: finally 1
# expect: 2
# expect: finally 2

def break_out():
    try:
        for i in range(5):
            yield i
    finally:
        print("loop left")
g = break_out()
for x in g:
    if x == 1:
        break
print("after break")   # expect: after break
g.close()              # expect: loop left
