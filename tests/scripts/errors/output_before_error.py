# stdout written before the error is kept.
for i in range(3):
    print(i)
# expect: 0
# expect: 1
# expect: 2
xs = [i]
print(xs[i])  # expect runtime error: IndexError: list index out of range
