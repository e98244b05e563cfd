# The = specifier prints the expression text and its repr.
x = 10
s = "a"
print(f"{x=}")  # expect: x=10
print(f"{x + 1=}")  # expect: x + 1=11
print(f"{s=}")  # expect: s='a'
