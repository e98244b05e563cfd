# One manager object may be entered many times, keeping state between uses.
class Timer:
    def __init__(self):
        self.depth = 0
        self.uses = 0
    def __enter__(self):
        self.depth += 1
        self.uses += 1
        return self.depth
    def __exit__(self, *exc):
        self.depth -= 1
t = Timer()
with t as d1:
    with t as d2:
        print(d1, d2, t.depth)  # expect: 1 2 2
with t as d3:
    print(d3, t.uses)  # expect: 1 3
print(t.depth)  # expect: 0
