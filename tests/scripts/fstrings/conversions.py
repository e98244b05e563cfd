# !r and !s conversions.
s = "it's"
print(f"{s!r}")  # expect: "it's"
print(f"{s!s}")  # expect: it's
print(f"{'a'!r:>6}")  # expect:    'a'
print(f"{[1, 'x']!s}")  # expect: [1, 'x']
print(f"{None!r}")  # expect: None
