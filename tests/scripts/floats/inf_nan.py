# inf and nan from float(); nan is not equal to itself.
inf = float("inf")
nan = float("nan")
print(inf)  # expect: inf
print(-inf)  # expect: -inf
print(nan)  # expect: nan
print(nan == nan)  # expect: False
print(inf > 10 ** 300)  # expect: True
print(inf - inf)  # expect: nan
print(float("-Infinity"))  # expect: -inf
print(1e308 * 10)  # expect: inf
