# Simple statements can share a line with semicolons; one-line blocks.
a = 1; b = 2; print(a + b)  # expect: 3
if a: print("one-line if")  # expect: one-line if
for i in range(2): print(i)
# expect: 0
# expect: 1
while False: pass
