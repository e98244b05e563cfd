# The longest Collatz chain below 1000.
def chain_length(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    length = 1 + chain_length(nxt)
    cache[n] = length
    return length
best = max(range(1, 1000), key=chain_length)
print(best, chain_length(best))  # expect: 871 179
