# Recursive factorial reaching big ints.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5))  # expect: 120
print(fact(30))  # expect: 265252859812191058636308480000000
