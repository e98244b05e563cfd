# __getattr__ raising AttributeError makes hasattr false and getattr use the default.
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError("no " + name)
d = Dyn()
print(d.x_ab)  # expect: abab
print(hasattr(d, "x_q"), hasattr(d, "y"))  # expect: True False
print(getattr(d, "y", "default"))  # expect: default
try:
    d.other
except AttributeError as e:
    print(e)  # expect: no other
