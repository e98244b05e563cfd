# Thousands of suspended generators keep their locals and stacks alive
# while enough garbage is made to run the collector many times over.
def holder(n):
    data = [n] * 3
    label = "gen" + str(n)
    for i in range(3):
        yield (label, sum(data) + i)

gens = [holder(n) for n in range(2000)]
firsts = [next(g) for g in gens]
print(firsts[5])                      # expect: ('gen5', 15)

junk = 0
for i in range(300000):
    junk += len([i, str(i)])
print(junk)                           # expect: 600000

seconds = [next(g) for g in gens]
print(seconds[1999])                  # expect: ('gen1999', 5998)
print(sum(t[1] for g in gens for t in g))   # expect: 6001000

# A generator suspended in the middle of an expression keeps its
# partial stack (here, a half-built list) across a collection.
def mid_expression():
    return [1, (yield "paused"), 3]
    yield

m = mid_expression()
print(next(m))                        # expect: paused
garbage = [str(i) for i in range(200000)]
try:
    m.send("two")
except StopIteration as e:
    print(e.value)                    # expect: [1, 'two', 3]
