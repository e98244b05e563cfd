# Wrong argument counts on methods name the qualified method.
class P:
    def m(self):
        return "ok"
    def two(self, a, b):
        return a + b
p = P()
try:
    p.two(1)
except TypeError as e:
    print(e)  # expect: P.two() missing 1 required positional argument: 'b'
try:
    P.m()
except TypeError as e:
    print(e)  # expect: P.m() missing 1 required positional argument: 'self'
print(P.m(p))  # expect: ok
p.m(1)  # expect runtime error: TypeError: P.m() takes 1 positional argument but 2 were given
