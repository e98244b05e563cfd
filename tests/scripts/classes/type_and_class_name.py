# type(obj).__name__ and obj.__class__.__name__ name the most derived class.
class Fruit:
    def kind(self):
        return self.__class__.__name__
class Apple(Fruit):
    pass
a = Apple()
print(type(a).__name__, a.__class__.__name__)  # expect: Apple Apple
print(a.kind(), Fruit().kind())  # expect: Apple Fruit
print(type(a) is a.__class__)  # expect: True
print(type(Apple).__name__, type(Apple) is type)  # expect: type True
print(Apple.__module__)  # expect: __main__
