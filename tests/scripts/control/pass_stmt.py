# pass does nothing, in any block.
def nothing():
    pass
print(nothing())  # expect: None
for i in range(3):
    pass
if True:
    pass
else:
    pass
print("ok")  # expect: ok
