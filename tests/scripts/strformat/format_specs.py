# Format specs in str.format: fill, align, width, sign, precision, type.
print("[{:>6}][{:<6}][{:^6}]".format("ab", "ab", "ab"))  # expect: [    ab][ab    ][  ab  ]
print("[{:*^7}][{:-<4}]".format("x", 1))  # expect: [***x***][1---]
print("{:08.3f} {:+d} {:.2%}".format(3.14159, 5, 0.1234))  # expect: 0003.142 +5 12.34%
print("{:x} {:#b} {:o} {:X}".format(255, 5, 8, 254))  # expect: ff 0b101 10 FE
print("{:,} {:_}".format(1234567, 1000000))  # expect: 1,234,567 1_000_000
print("{:e} {:.3g}".format(1234.5, 0.000123456))  # expect: 1.234500e+03 0.000123
print("[{0:>{1}}]".format("r", 4))  # expect: [   r]
