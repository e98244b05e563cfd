# Handling user exceptions in a loop and continuing.
class Skip(Exception):
    pass
class Stop(Exception):
    pass
def process(x):
    if x % 3 == 0:
        raise Skip(x)
    if x > 7:
        raise Stop("limit at %d" % x)
    return x * 10
out = []
try:
    for i in range(1, 20):
        try:
            out.append(process(i))
        except Skip as s:
            out.append("skip" + str(s.args[0]))
except Stop as e:
    print(e)  # expect: limit at 8
print(out)  # expect: [10, 20, 'skip3', 40, 50, 'skip6', 70]
