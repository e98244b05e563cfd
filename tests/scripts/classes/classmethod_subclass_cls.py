# cls in a classmethod is the class it was called on, also a subclass.
class Animal:
    registry = []
    @classmethod
    def create(cls):
        obj = cls()
        cls.registry.append(cls.__name__)
        return obj
    @classmethod
    def kind(cls):
        return cls.__name__.lower()
class Cat(Animal):
    pass
c = Cat.create()
print(type(c).__name__)  # expect: Cat
print(Cat.kind(), Animal.kind(), c.kind())  # expect: cat animal cat
Animal.create()
print(Animal.registry)  # expect: ['Cat', 'Animal']
print(Cat.create.__self__ is Cat)  # expect: True
