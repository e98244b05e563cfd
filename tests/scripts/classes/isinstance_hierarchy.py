# isinstance follows the whole single-inheritance chain up to object.
class Vehicle:
    pass
class Car(Vehicle):
    pass
class SportsCar(Car):
    pass
s = SportsCar()
c = Car()
print(isinstance(s, SportsCar), isinstance(s, Car), isinstance(s, Vehicle))  # expect: True True True
print(isinstance(c, SportsCar), isinstance(c, Vehicle))  # expect: False True
print(isinstance(s, object), isinstance(3, Vehicle))  # expect: True False
print(isinstance(c, (int, str)), isinstance(c, (int, Car)))  # expect: False True
print(type(s) is SportsCar, type(s) is Car)  # expect: True False
