# format() and f-strings of a user object without __format__ use str().
class Color:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return self.name
c = Color("red")
print(format(c), "{}".format(c), f"{c}")  # expect: red red red
print("[{:s}]".format(str(c)))  # expect: [red]
try:
    format(c, ">10")
except TypeError as e:
    print(e)  # expect: unsupported format string passed to Color.__format__
