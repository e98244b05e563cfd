# A generator function yields values lazily.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))  # expect: [0, 1, 2, 3]
g = count_up(2)
print(next(g), next(g), next(g, "done"))  # expect: 0 1 done
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1])))  # expect: ['a', 'b', 1]
