# Thousands separators, hex/octal/binary and sign specs.
n = 1234567
print(f"{n:,}")  # expect: 1,234,567
print(f"{n:_}")  # expect: 1_234_567
print(f"{255:x}")  # expect: ff
print(f"{255:X}")  # expect: FF
print(f"{255:#x}")  # expect: 0xff
print(f"{5:b}")  # expect: 101
print(f"{5:08b}")  # expect: 00000101
print(f"{8:o}")  # expect: 10
print(f"{42:+d}")  # expect: +42
print(f"{-42:d}")  # expect: -42
print(f"{1234.5:,.2f}")  # expect: 1,234.50
