# import m as n binds only the new name.
import mod_greet as g
print(g.hello("x"))  # expect: hello, x
print(g.__name__)  # expect: mod_greet
try:
    mod_greet
except NameError as e:
    print(e)  # expect: name 'mod_greet' is not defined
import math as m
print(m.floor(2.7))  # expect: 2
