# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(P.__hash__)  # expect: None
try:
    hash(P(1))
except TypeError as e:
    print(e)  # expect: unhashable type: 'P'
try:
    s = {P(1)}
except TypeError as e:
    print(e)  # expect: unhashable type: 'P'
d = {}
d[P(2)] = "x"  # expect runtime error: TypeError: unhashable type: 'P'
