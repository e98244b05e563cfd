# Prime factorisation by trial division.
def factorise(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
print(factorise(360))  # expect: [2, 2, 2, 3, 3, 5]
print(factorise(97))  # expect: [97]
print(factorise(2 ** 10 * 3 ** 5))  # expect: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
