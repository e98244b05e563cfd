# sys.modules maps names to the imported module objects.
import sys
print("mod_greet" in sys.modules)  # expect: False
import mod_greet
print("mod_greet" in sys.modules)  # expect: True
print(sys.modules["mod_greet"] is mod_greet)  # expect: True
print(sys.modules["__main__"].__name__)  # expect: __main__
from mod_greet import hello
print(sys.modules["mod_greet"].hello is hello)  # expect: True
