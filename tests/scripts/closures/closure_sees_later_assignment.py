# A closure reads the enclosing variable's value at call time.
def f():
    def g():
        return x
    x = 1
    r1 = g()
    x = 2
    return r1, g()
print(f())  # expect: (1, 2)
