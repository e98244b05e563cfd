# Exceptions propagate through several calls until caught.
def a():
    b()
    print("not reached")
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    print("caught", e)  # expect: caught deep
print("continues")  # expect: continues
