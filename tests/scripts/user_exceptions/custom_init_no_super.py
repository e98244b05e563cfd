# Without super().__init__, args are still the constructor's arguments.
class Odd(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = Odd(2, 3)
print(e.args, e.total)  # expect: (2, 3) 5
print(str(e))  # expect: (2, 3)
class Solo(Exception):
    def __init__(self, code):
        self.code = code
print(str(Solo(7)), repr(Solo(7)))  # expect: 7 Solo(7)
