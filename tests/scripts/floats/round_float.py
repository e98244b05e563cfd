# round() on floats: binary representation and round-half-even.
print(round(2.675, 2))  # expect: 2.67
print(round(0.5))  # expect: 0
print(round(1.5))  # expect: 2
print(round(3.14159, 3))  # expect: 3.142
print(round(-1.25, 1))  # expect: -1.2
print(round(123.456, -1))  # expect: 120.0
print(round(1.0, 0))  # expect: 1.0
