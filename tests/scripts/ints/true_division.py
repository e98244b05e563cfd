# / on ints always gives a float.
print(7 / 2)  # expect: 3.5
print(6 / 3)  # expect: 2.0
print(-7 / 2)  # expect: -3.5
print(1 / 3)  # expect: 0.3333333333333333
print(10 ** 20 / 10 ** 10)  # expect: 10000000000.0
