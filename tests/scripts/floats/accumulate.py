# Repeated float addition accumulates rounding error.
total = 0.0
for i in range(10):
    total += 0.1
print(total)  # expect: 0.9999999999999999
print(total == 1.0)  # expect: False
print(round(total, 10) == 1.0)  # expect: True
