# Shifts, including on negatives (arithmetic right shift).
print(1 << 10)  # expect: 1024
print(1 << 70)  # expect: 1180591620717411303424
print(1024 >> 3)  # expect: 128
print(-1 >> 5)  # expect: -1
print(-16 >> 2)  # expect: -4
print(-17 >> 2)  # expect: -5
print(-3 << 4)  # expect: -48
