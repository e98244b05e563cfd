# "".join over a generator expression, and tuple/list/dict from one.
print(", ".join(str(n) for n in range(4)))  # expect: 0, 1, 2, 3
print("".join(c for c in "h e l l o" if c != " "))  # expect: hello
print(tuple(x * 2 for x in (1, 2)))  # expect: (2, 4)
print(dict((k, len(k)) for k in ["ab", "c"]))  # expect: {'ab': 2, 'c': 1}
print(list(str(b) for b in [True, False]))  # expect: ['True', 'False']
