# examples/hello.py: the first script of the README's set-up.
def greet(name):
    return f"Hello, {name}!"


print(greet("minipy"))
print(2 ** 100, [n * n for n in range(5)])
