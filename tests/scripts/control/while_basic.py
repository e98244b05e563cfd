# A while loop runs until its condition is false.
n = 0
while n < 5:
    n += 1
print(n)  # expect: 5
i = 10
total = 0
while i:
    total += i
    i -= 1
print(total)  # expect: 55
