# Missing int key.
d = {}
d[42]  # expect runtime error: KeyError: 42
