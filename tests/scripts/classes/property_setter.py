# A property setter validates and stores; the getter reads back.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
t = Temperature(20)
print(t.celsius)  # expect: 20
t.celsius = 25.5
print(t.celsius, t._c)  # expect: 25.5 25.5
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)  # expect: error: below absolute zero
print(t.celsius)  # expect: 25.5
