# %(name)s takes values from a mapping by key.
data = {"name": "ann", "age": 30, "score": 91.256}
print("%(name)s is %(age)d" % data)  # expect: ann is 30
print("%(score).1f%%" % data)  # expect: 91.3%
print("%(name)r %(name)s" % data)  # expect: 'ann' ann
print("[%(age)5d]" % data)  # expect: [   30]
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
