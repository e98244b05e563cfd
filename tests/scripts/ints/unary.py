# Unary minus, plus and the precedence of ** over unary minus.
x = 5
print(-x)  # expect: -5
print(+x)  # expect: 5
print(- -x)  # expect: 5
print(-x ** 2)  # expect: -25
print((-x) ** 2)  # expect: 25
