# and/or evaluate the right side only when needed.
def side(v):
    print("side", v)
    return v
x = False and side(1)
y = True or side(2)
z = True and side(3)  # expect: side 3
w = None or side(4)  # expect: side 4
print(x, y, z, w)  # expect: False True 3 4
