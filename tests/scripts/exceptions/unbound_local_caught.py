# Assignment anywhere in a function makes the name local throughout.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)  # expect: UnboundLocalError
        print(e)  # expect: cannot access local variable 'x' where it is not associated with a value
    x = 2
    return x
print(f())  # expect: 2
