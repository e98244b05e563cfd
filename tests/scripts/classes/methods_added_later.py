# Methods and attributes added to a class later are seen by existing instances.
class Pet:
    def __init__(self, name):
        self.name = name
p = Pet("rex")
def describe(self):
    return "pet " + self.name
Pet.describe = describe
Pet.legs = 4
print(p.describe(), p.legs)  # expect: pet rex 4
setattr(Pet, "shout", lambda self: self.name.upper())
print(p.shout())  # expect: REX
del Pet.legs
print(hasattr(p, "legs"))  # expect: False
