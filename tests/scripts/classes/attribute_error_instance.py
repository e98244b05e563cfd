# Reading a missing instance attribute: 'P' object has no attribute 'z'.
class P:
    def __init__(self):
        self.a = 1
p = P()
try:
    p.missing
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'missing'
print(p.z)  # expect runtime error: AttributeError: 'P' object has no attribute 'z'
