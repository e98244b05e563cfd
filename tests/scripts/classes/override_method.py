# An overriding method wins, also when called from a base-class method.
class Animal:
    def sound(self):
        return "..."
    def speak(self):
        return type(self).__name__ + " says " + self.sound()
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return "yip"
for a in [Animal(), Dog(), Puppy()]:
    print(a.speak())
# expect: Animal says ...
# expect: Dog says woof
# expect: Puppy says yip
