# Repr of tuples holding other containers.
print((1, [2, 3], {"a": (4,)}))  # expect: (1, [2, 3], {'a': (4,)})
print(((),))  # expect: ((),)
print(tuple("ab"))  # expect: ('a', 'b')
