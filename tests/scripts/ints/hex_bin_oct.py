# hex(), bin() and oct(), including negatives, and literals in those bases.
print(hex(255))  # expect: 0xff
print(hex(-255))  # expect: -0xff
print(bin(10))  # expect: 0b1010
print(bin(-5))  # expect: -0b101
print(oct(8))  # expect: 0o10
print(0xFF + 0b11 + 0o17)  # expect: 273
print(1_000_000)  # expect: 1000000
