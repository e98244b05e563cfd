# Every builtin that consumes an iterable accepts a generator.
def gen(n):
    for i in range(n):
        yield i

print(list(gen(3)), tuple(gen(3)))         # expect: [0, 1, 2] (0, 1, 2)
print(sorted(gen(4), reverse=True))        # expect: [3, 2, 1, 0]
print(set(gen(3)) == {0, 1, 2})            # expect: True
print(dict((k, k * k) for k in gen(3)))    # expect: {0: 0, 1: 1, 2: 4}
print(sum(gen(5)), min(gen(5)), max(gen(5)))   # expect: 10 0 4
print(list(enumerate(gen(2), 1)))          # expect: [(1, 0), (2, 1)]
print(list(zip(gen(3), "ab")))             # expect: [(0, 'a'), (1, 'b')]
print(list(map(str, gen(3))))              # expect: ['0', '1', '2']
print(list(filter(None, gen(4))))          # expect: [1, 2, 3]
print("-".join(c for c in "xyz"))          # expect: x-y-z
print(2 in gen(5), 7 in gen(5))            # expect: True False
a, b, *rest = gen(5)
print(a, b, rest)                          # expect: 0 1 [2, 3, 4]
print([*gen(2), *gen(2)])                  # expect: [0, 1, 0, 1]
print(list(reversed(list(gen(3)))))        # expect: [2, 1, 0]
lst = [9]
lst.extend(gen(2))
print(lst)                                 # expect: [9, 0, 1]

# any() and all() stop early, leaving the rest of the generator unconsumed.
g = gen(10)
print(any(x > 2 for x in g))               # expect: True
print(next(g))                             # expect: 4
g = gen(10)
print(all(x < 1 for x in g), next(g))      # expect: False 2
