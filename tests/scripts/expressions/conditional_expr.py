# x if cond else y, nested and lazily evaluated.
n = 5
print("big" if n > 3 else "small")  # expect: big
print("neg" if n < 0 else "zero" if n == 0 else "pos")  # expect: pos
print(1 / 0 if False else "safe")  # expect: safe
sign = -1 if n < 0 else 1
print(sign)  # expect: 1
