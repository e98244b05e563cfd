# A loop multiplying past 64 bits: 50!
n = 1
for i in range(1, 51):
    n *= i
print(n)  # expect: 30414093201713378043612608166064768844377641568960512000000000000
print(n % 1000003)  # expect: 850717
print(n // 10 ** 60)  # expect: 30414
