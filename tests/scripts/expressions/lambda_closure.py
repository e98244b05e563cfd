# A lambda captures variables of the enclosing function.
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))  # expect: 6 11
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 2)
print(fs[0](), fs[1](), fs[2]())  # expect: 0 2 4
