# {*a, *b} spreads iterables into a set display.
a = [3, 1, 2]
b = range(2, 6)
s = {*a, *b}
print(sorted(s), len(s))  # expect: [1, 2, 3, 4, 5] 5
print(sorted({*"hello"}))  # expect: ['e', 'h', 'l', 'o']
print(type({*a}).__name__)  # expect: set
