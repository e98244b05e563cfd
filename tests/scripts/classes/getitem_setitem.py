# __getitem__ and __setitem__ implement obj[key] and obj[key] = value.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value
g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
print(g[1, 1], g[2, 0], g[0, 0])  # expect: 5 7 0
g[1, 1] += 10
print(g[1, 1], g.cells)  # expect: 15 [0, 0, 7, 0, 15, 0]
