# Lambdas made in a comprehension close over its variable: late binding.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])  # expect: [2, 2, 2]
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])  # expect: [0, 1, 2]
adders = [(lambda x, n=n: x + n) for n in range(1, 4)]
print([a(10) for a in adders])  # expect: [11, 12, 13]
hs = [(lambda: j * 10) for j in range(2)]
print(hs[0](), hs[1]())  # expect: 10 10
