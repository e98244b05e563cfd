# Floor division rounds toward negative infinity.
print(7 // 2)  # expect: 3
print(-7 // 2)  # expect: -4
print(7 // -2)  # expect: -4
print(-7 // -2)  # expect: 3
print(0 // 5)  # expect: 0
print(-1 // 10)  # expect: -1
