# A comprehension reads names from the enclosing function and globals.
factor = 10
def scale(items, offset):
    return [x * factor + offset for x in items]
print(scale([1, 2], 3))  # expect: [13, 23]
def pairs(n):
    base = list(range(n))
    return [(a, b) for a in base for b in base if a < b]
print(pairs(3))  # expect: [(0, 1), (0, 2), (1, 2)]
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(K.doubled)  # expect: [2, 4, 6]
