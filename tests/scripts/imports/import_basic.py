# import of a .py module beside the script: functions and constants.
import mod_greet
print(mod_greet.hello("ann"))  # expect: hello, ann
print(mod_greet.shout("bo"))  # expect: HELLO, BO!
print(mod_greet.NAME)  # expect: greet
print(type(mod_greet).__name__)  # expect: module
