# A module's __name__ is its import name; the main script's is __main__.
import mod_greet
print(mod_greet.__name__)  # expect: mod_greet
print(mod_greet.MY_NAME)  # expect: mod_greet
print(__name__)  # expect: __main__
import mod_greet as alias
print(alias.__name__)  # expect: mod_greet
import math
print(math.__name__)  # expect: math
