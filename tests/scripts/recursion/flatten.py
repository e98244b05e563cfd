# Recursion over nested lists.
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))  # expect: [1, 2, 3, 4, 5, 6]
