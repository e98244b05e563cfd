# Infinite generators are consumed a piece at a time.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(5, naturals()))                     # expect: [0, 1, 2, 3, 4]
print(take(10, fib()))                         # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
print(take(3, (n * n for n in naturals() if n % 2)))   # expect: [1, 9, 25]
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))   # expect: 0 2 4
f = fib()
for _ in range(100):
    big = next(f)
print(big)                                     # expect: 218922995834555169026
for i, n in zip(range(3), naturals()):
    print(i, n)
# expect: 0 0
# expect: 1 1
# expect: 2 2
