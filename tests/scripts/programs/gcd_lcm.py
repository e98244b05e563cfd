# Euclid's gcd and the lcm built on it.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))  # expect: 6 1 9
print(lcm(4, 6), lcm(21, 6))  # expect: 12 42
result = 1
for n in range(1, 21):
    result = lcm(result, n)
print(result)  # expect: 232792560
