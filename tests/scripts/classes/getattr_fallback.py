# __getattr__ runs only for attributes that normal lookup cannot find.
class Proxy:
    kind = "proxy"
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("fallback for", name)
        return getattr(self.target, name)
class Target:
    color = "red"
    def size(self):
        return 3
p = Proxy(Target())
print(p.kind)  # expect: proxy
print(p.color)
# expect: fallback for color
# expect: red
print(p.size())
# expect: fallback for size
# expect: 3
print(hasattr(p, "target"), type(p.target).__name__)  # expect: True Target
