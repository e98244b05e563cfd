# Assigning in a function creates a local; the global is untouched.
x = "global"
def f():
    x = "local"
    return x
print(f(), x)  # expect: local global
def g():
    return x
print(g())  # expect: global
