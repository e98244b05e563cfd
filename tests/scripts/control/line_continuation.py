# Backslash continuation and implicit joining inside brackets.
total = 1 + \
    2 + \
    3
print(total)  # expect: 6
xs = [
    1,
    2,  # a comment inside brackets
]
print(xs)  # expect: [1, 2]
print(len(
    "abc"))  # expect: 3
