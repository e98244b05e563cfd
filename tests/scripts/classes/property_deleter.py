# A property deleter runs on del obj.attr.
class Cache:
    def __init__(self):
        self._value = 7
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        self._value = v
    @value.deleter
    def value(self):
        print("clearing")
        self._value = None
c = Cache()
c.value = 8
print(c.value)  # expect: 8
del c.value
# expect: clearing
print(c.value)  # expect: None
