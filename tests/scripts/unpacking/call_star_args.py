# f(*a) spreads any iterable into positional arguments, mixed with others.
def show(*args):
    return args
def three(a, b, c):
    return a * 100 + b * 10 + c
nums = [1, 2, 3]
print(three(*nums))  # expect: 123
print(show(0, *nums, 4, *"ab"))  # expect: (0, 1, 2, 3, 4, 'a', 'b')
print(three(*range(2), 9))  # expect: 19
print(show(*()), show(*{"k": 1}))  # expect: () ('k',)
try:
    three(*[1, 2])
except TypeError as e:
    print(e)  # expect: three() missing 1 required positional argument: 'c'
