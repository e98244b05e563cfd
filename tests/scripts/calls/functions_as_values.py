# Functions are first-class: stored, passed and returned.
def inc(x):
    return x + 1
def dec(x):
    return x - 1
ops = {"+": inc, "-": dec}
print(ops["+"](5), ops["-"](5))  # expect: 6 4
def apply_all(fs, v):
    for f in fs:
        v = f(v)
    return v
print(apply_all([inc, inc, dec], 0))  # expect: 1
print(inc.__name__)  # expect: inc
