# Closures see the variable, not its value at creation: late binding.
fs = []
for i in range(3):
    fs.append(lambda: i)
print(fs[0](), fs[1](), fs[2]())  # expect: 2 2 2
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print(gs[0](), gs[1](), gs[2]())  # expect: 0 1 2
