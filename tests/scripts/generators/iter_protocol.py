# A generator is its own iterator; for loops, iter() and __next__ agree.
def abc():
    yield "a"
    yield "b"
    yield "c"

g = abc()
print(iter(g) is g)          # expect: True
print(g.__iter__() is g)     # expect: True
print(g.__next__())          # expect: a
for item in g:
    print(item)              # expect: b
                             # expect: c
print(list(g))               # expect: []
for item in g:
    print("never")
print(next(g, "empty"))      # expect: empty
