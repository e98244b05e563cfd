# Single inheritance, super() and isinstance on user classes.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"
d = Dog("rex")
print(d.speak())  # expect: rex makes a sound: woof
print(isinstance(d, Animal), issubclass(Dog, Animal))  # expect: True True
print(type(d).__name__)  # expect: Dog
