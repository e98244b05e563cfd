# Tuples do not support item assignment.
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
print(t)  # expect: (1, 2)
