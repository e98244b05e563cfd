# A decorator is a function applied to a function at def time.
def shout(f):
    def wrapper(*args, **kw):
        return f(*args, **kw).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hi " + name
print(greet("ann"))  # expect: HI ANN!
def twice(f):
    return lambda: f() + f()
@twice
@shout
def word():
    return "a"
print(word())  # expect: A!A!
