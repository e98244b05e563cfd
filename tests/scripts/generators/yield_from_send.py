# Values sent to the outer generator pass through yield from to the inner one.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)

results = []
g = gather(results)
next(g)
for v in [1, 2, 3]:
    print(g.send(v))   # expect: 1
                       # expect: 3
                       # expect: 6
g.send(None)
for v in [10, 20]:
    print(g.send(v))   # expect: 10
                       # expect: 30
g.send(None)
print(results)         # expect: [6, 30]

# send() to a non-generator iterator under yield from needs a send method.
def over_list():
    yield from [1, 2]

h = over_list()
print(next(h))         # expect: 1
try:
    h.send("x")
except AttributeError as e:
    print(e)           # expect: 'list_iterator' object has no attribute 'send'
