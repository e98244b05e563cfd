# A missing key raises KeyError with the key's repr.
d = {"a": 1}
try:
    d["x"]
except KeyError as e:
    print(e)  # expect: 'x'
    print(e.args)  # expect: ('x',)
try:
    d[(1, 2)]
except KeyError as e:
    print(e)  # expect: (1, 2)
