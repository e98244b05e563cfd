# sep.join(iterable of str).
print(", ".join(["a", "b", "c"]))  # expect: a, b, c
print("".join(["x", "y"]))  # expect: xy
print("-".join("abc"))  # expect: a-b-c
print("+".join([]))  # expect:
print(" ".join(("one",)))  # expect: one
