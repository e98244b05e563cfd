# f-strings interpolate expressions.
name = "world"
n = 3
print(f"hello {name}")  # expect: hello world
print(f"{n} + {n} = {n + n}")  # expect: 3 + 3 = 6
print(f"{name.upper()}!")  # expect: WORLD!
print(f"{{braces}} {n}")  # expect: {braces} 3
print(f"")  # expect:
print(F"{'quoted'}")  # expect: quoted
