# Sieve of Eratosthenes.
def primes_below(n):
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
    out = []
    for i, p in enumerate(is_prime):
        if p:
            out.append(i)
    return out
print(primes_below(30))  # expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print(len(primes_below(10000)))  # expect: 1229
