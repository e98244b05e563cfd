# __bool__ decides truthiness in if, while, not, and/or and bool().
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
yes = Flag(True)
no = Flag(False)
print(bool(yes), bool(no), not no)  # expect: True False True
if no:
    print("wrong")
else:
    print("falsy")  # expect: falsy
print((no or "fallback"), (yes and "both"))  # expect: fallback both
print([bool(x) for x in [object(), Flag(1 == 1)]])  # expect: [True, True]
