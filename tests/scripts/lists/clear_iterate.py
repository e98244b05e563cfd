# Iterating with for and clearing a list.
xs = [10, 20, 30]
total = 0
for x in xs:
    total += x
print(total)  # expect: 60
xs.clear()
print(xs, len(xs))  # expect: [] 0
