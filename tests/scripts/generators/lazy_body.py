# Calling a generator function runs none of its body; each next() runs to the next yield.
def numbers():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = numbers()
print("created")         # expect: created
print(next(g))           # expect: start
                         # expect: 1
print(next(g))           # expect: middle
                         # expect: 2
print(next(g, "done"))   # expect: end
                         # expect: done
