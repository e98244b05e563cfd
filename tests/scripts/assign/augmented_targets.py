# Augmented assignment on subscripts evaluates the target once.
calls = []
def key():
    calls.append("k")
    return 0
d = {0: 1}
d[key()] += 10
print(d, calls)  # expect: {0: 11} ['k']
xs = [[1]]
xs[0] += [2]
print(xs)  # expect: [[1, 2]]
s = "ab"
s += "c"
s *= 2
print(s)  # expect: abcabc
