# from m import a, b as c binds the names directly.
from mod_greet import hello, NAME as greeting_name
from mod_greet import shout as loud
print(hello("cy"), greeting_name)  # expect: hello, cy greet
print(loud("di"))  # expect: HELLO, DI!
print("mod_greet" in globals(), "shout" in globals())  # expect: False False
from math import pi, sqrt as root
print(root(16), round(pi, 2))  # expect: 4.0 3.14
