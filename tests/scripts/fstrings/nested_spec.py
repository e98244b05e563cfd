# A format spec may itself interpolate a value.
width = 8
prec = 2
x = 2.71828
print(f"[{x:{width}.{prec}f}]")  # expect: [    2.72]
print(f"[{'hi':>{width}}]")  # expect: [      hi]
