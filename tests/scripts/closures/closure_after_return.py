# A closure keeps variables alive after its creator returned.
def make_multiplier(factor):
    def mul(x):
        return x * factor
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))  # expect: 10 15
print(make_multiplier("ab")(2))  # expect: abab
