# Iterating a dict yields its keys in order.
d = {3: "c", 1: "a", 2: "b"}
for k in d:
    print(k, d[k])
# expect: 3 c
# expect: 1 a
# expect: 2 b
print(sorted(d))  # expect: [1, 2, 3]
