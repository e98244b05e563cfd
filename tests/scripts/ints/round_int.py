# round() of ints and the banker's rounding of halves.
print(round(7))  # expect: 7
print(round(1234, -2))  # expect: 1200
print(round(1250, -2))  # expect: 1200
print(round(1350, -2))  # expect: 1400
print(round(2.5))  # expect: 2
print(round(3.5))  # expect: 4
print(round(-2.5))  # expect: -2
print(type(round(2.5)))  # expect: <class 'int'>
