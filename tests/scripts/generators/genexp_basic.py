# Generator expressions: lazy comprehensions that yield each element.
print(sum(x * x for x in range(10)))                  # expect: 285
print(list(x for x in "abc" if x != "b"))             # expect: ['a', 'c']
print(list((x, y) for x in range(3) for y in range(x)))   # expect: [(1, 0), (2, 0), (2, 1)]
print(max(len(w) for w in ["a", "abcd", "ab"]))       # expect: 4
print(",".join(str(n) for n in [3, 1, 2]))            # expect: 3,1,2

# Lazy: nothing runs until an item is asked for.
def noisy(n):
    print("produce", n)
    return n

g = (noisy(x) for x in [1, 2])
print("made")           # expect: made
print(next(g))          # expect: produce 1
                        # expect: 1
print(list(g))          # expect: produce 2
                        # expect: [2]

# The outermost iterable is evaluated at once, in the enclosing scope.
try:
    g = (x for x in 5)
except TypeError as e:
    print(e)            # expect: 'int' object is not iterable

# Free variables are read when each item is produced.
def scaled(factor):
    items = (x * factor for x in range(3))
    factor = 100
    return list(items)
print(scaled(2))        # expect: [0, 100, 200]

nested = (list(c for c in w) for w in ["hi", "yo"])
print(list(nested))     # expect: [['h', 'i'], ['y', 'o']]
