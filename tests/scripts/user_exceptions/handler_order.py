# The first matching except clause wins, even if a later one is more specific.
class Base(Exception):
    pass
class Child(Base):
    pass
try:
    raise Child("c")
except Base:
    print("Base clause")  # expect: Base clause
except Child:
    print("never")
try:
    raise Base("b")
except Child:
    print("never")
except Exception as e:
    print("Exception clause:", repr(e))  # expect: Exception clause: Base('b')
