# A class-level counter updated with Counter.count += 1 from __init__.
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.serial = Counter.count
a = Counter()
b = Counter()
c = Counter()
print(Counter.count, a.count)  # expect: 3 3
print(a.serial, b.serial, c.serial)  # expect: 1 2 3
class Wrong:
    count = 0
    def __init__(self):
        self.count += 1
w1 = Wrong()
w2 = Wrong()
print(Wrong.count, w1.count, w2.count)  # expect: 0 1 1
