# Module attributes can be read, added and changed from outside.
import mod_greet
mod_greet.extra = 5
print(mod_greet.extra)  # expect: 5
old = mod_greet.hello
mod_greet.hello = lambda who: "patched " + who
print(mod_greet.shout("x"))  # expect: PATCHED X!
mod_greet.hello = old
print(hasattr(mod_greet, "hello"), hasattr(mod_greet, "zz"))  # expect: True False
print(getattr(mod_greet, "NAME"))  # expect: greet
print(mod_greet.missing_attr)  # expect runtime error: AttributeError: module 'mod_greet' has no attribute 'missing_attr'
