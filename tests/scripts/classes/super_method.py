# super().method() extends the base implementation.
class Base:
    def greet(self, who):
        return "hello " + who
class Loud(Base):
    def greet(self, who):
        return super().greet(who).upper() + "!"
class Louder(Loud):
    def greet(self, who):
        return super().greet(who) + "!!"
print(Base().greet("x"))  # expect: hello x
print(Loud().greet("x"))  # expect: HELLO X!
print(Louder().greet("x"))  # expect: HELLO X!!!
