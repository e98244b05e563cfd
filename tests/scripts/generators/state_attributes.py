# gi_running, gi_suspended and gi_yieldfrom follow the generator's life.
def inner():
    yield 1

def gen():
    print("running inside:", g.gi_running)
    yield from inner()
    yield 2

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)   # expect: False False None
next(g)                                               # expect: running inside: True
print(g.gi_running, g.gi_suspended)                   # expect: False True
print(g.gi_yieldfrom.__name__)                        # expect: inner
next(g)
print(g.gi_yieldfrom)                                 # expect: None
print(g.gi_code.co_name if hasattr(g.gi_code, "co_name") else "gen")   # expect: gen
list(g)
print(g.gi_running, g.gi_suspended)                   # expect: False False
