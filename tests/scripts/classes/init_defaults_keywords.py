# __init__ takes defaults, keywords, *args and **kwargs like any function.
class Opts:
    def __init__(self, name, level=1, *extra, verbose=False, **more):
        self.name = name
        self.level = level
        self.extra = extra
        self.verbose = verbose
        self.more = more
o = Opts("a")
print(o.name, o.level, o.extra, o.verbose, o.more)  # expect: a 1 () False {}
o = Opts("b", 2, 3, 4, verbose=True, color="red")
print(o.name, o.level, o.extra, o.verbose, o.more)  # expect: b 2 (3, 4) True {'color': 'red'}
o = Opts(level=5, name="c")
print(o.name, o.level)  # expect: c 5
