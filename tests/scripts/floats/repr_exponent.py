# Where repr switches to exponent notation (at 1e16 and below 1e-4).
print(1e15)  # expect: 1000000000000000.0
print(1e16)  # expect: 1e+16
print(1.5e300)  # expect: 1.5e+300
print(0.0001)  # expect: 0.0001
print(1e-5)  # expect: 1e-05
print(123456789012345678.0)  # expect: 1.2345678901234568e+17
print(-2.5e-10)  # expect: -2.5e-10
