# Fixed-point, zero padding, exponent and percent specs.
x = 3.14159
print(f"{x:.2f}")  # expect: 3.14
print(f"{x:08.3f}")  # expect: 0003.142
print(f"{-x:08.3f}")  # expect: -003.142
print(f"{12345.678:e}")  # expect: 1.234568e+04
print(f"{0.25:%}")  # expect: 25.000000%
print(f"{0.256:.1%}")  # expect: 25.6%
print(f"{2.5:.0f}")  # expect: 2
print(f"{1/3:.3}")  # expect: 0.333
