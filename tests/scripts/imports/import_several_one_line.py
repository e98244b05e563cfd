# import a, b, c on one line binds each module.
import math, sys, mod_greet
print(math.gcd(12, 18), type(sys.argv).__name__, mod_greet.NAME)  # expect: 6 list greet
import mod_greet as g, math as m
print(g is mod_greet, m is math)  # expect: True True
