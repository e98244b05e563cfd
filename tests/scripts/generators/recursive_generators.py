# Recursive generators: tree walks and permutations through yield from.
def walk(tree, depth=0):
    if tree is None:
        return
    left, value, right = tree
    yield from walk(left, depth + 1)
    yield (value, depth)
    yield from walk(right, depth + 1)

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(walk(tree)))   # expect: [(1, 1), (2, 0), (3, 2), (4, 1)]

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(len(list(permutations([1, 2, 3, 4]))))   # expect: 24
print(next(permutations(list("abc"))))                # expect: ['a', 'b', 'c']

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(200)))   # expect: 20100
