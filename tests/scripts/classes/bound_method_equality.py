# Each attribute read makes a new bound method; they compare equal.
class A:
    def f(self):
        return 1
a = A()
print(a.f == a.f, a.f is a.f)  # expect: True False
print(a.f == A().f)  # expect: False
funcs = {}
funcs["f"] = a.f
print(funcs["f"]())  # expect: 1
