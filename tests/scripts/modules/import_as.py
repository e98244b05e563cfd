# import math as m binds the module under another name.
import math as m
print(m.sqrt(49))  # expect: 7.0
print(m.__name__)  # expect: math
