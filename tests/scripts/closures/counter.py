# A counter factory: each closure has its own cell.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
d = make_counter()
print(c())  # expect: 1
print(c())  # expect: 2
print(d())  # expect: 1
print(c())  # expect: 3
