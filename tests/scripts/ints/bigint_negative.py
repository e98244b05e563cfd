# Negative big numbers: sign, repr, arithmetic and comparisons.
a = -(3 ** 70)
print(a)  # expect: -2503155504993241601315571986085849
print(a * a)  # expect: 6265787482177970379256224194341930332206694446810665274859598050801
print(a < -(2 ** 100))  # expect: True
print(-a > 10 ** 33)  # expect: True
print(abs(a) == 3 ** 70)  # expect: True
print(a + 3 ** 70)  # expect: 0
