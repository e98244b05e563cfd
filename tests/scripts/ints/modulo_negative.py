# The sign of a % b follows b.
print(7 % 3)  # expect: 1
print(-7 % 2)  # expect: 1
print(7 % -3)  # expect: -2
print(-7 % -3)  # expect: -1
print(-10 % 5)  # expect: 0
print(13 % -1)  # expect: 0
