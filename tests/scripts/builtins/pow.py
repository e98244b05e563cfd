# pow() with two and three arguments.
print(pow(2, 10))  # expect: 1024
print(pow(2, 10, 1000))  # expect: 24
print(pow(3, 200, 13))  # expect: 9
print(pow(2, -2))  # expect: 0.25
print(pow(2.0, 3))  # expect: 8.0
print(pow(-8, 1, 5))  # expect: 2
