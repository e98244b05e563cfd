# remove the first match; index and count.
xs = [1, 2, 3, 2, 1]
xs.remove(2)
print(xs)  # expect: [1, 3, 2, 1]
print(xs.index(1))  # expect: 0
print(xs.index(1, 1))  # expect: 3
print(xs.count(1), xs.count(7))  # expect: 2 0
try:
    xs.remove(7)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
