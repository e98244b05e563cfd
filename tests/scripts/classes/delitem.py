# del obj[key] calls __delitem__.
class Registry:
    def __init__(self):
        self.data = {"a": 1, "b": 2, "c": 3}
    def __delitem__(self, key):
        print("deleting", key)
        del self.data[key]
r = Registry()
del r["b"]
# expect: deleting b
print(r.data)  # expect: {'a': 1, 'c': 3}
try:
    del r["zz"]
except KeyError as e:
    print("KeyError", e)
# expect: deleting zz
# expect: KeyError 'zz'
class ReadOnly:
    def __getitem__(self, k):
        return k
del ReadOnly()[0]  # expect runtime error: TypeError: 'ReadOnly' object doesn't support item deletion
