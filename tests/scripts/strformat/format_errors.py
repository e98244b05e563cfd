# str.format errors: missing arguments and bad specs.
def show(f):
    try:
        f()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: "{} {}".format(1))  # expect: IndexError: Replacement index 1 out of range for positional args tuple
show(lambda: "{name}".format(x=1))  # expect: KeyError: 'name'
show(lambda: "{:d}".format("s"))  # expect: ValueError: Unknown format code 'd' for object of type 'str'
show(lambda: "{0}{}".format(1, 2))  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
show(lambda: "{".format())  # expect: ValueError: Single '{' encountered in format string
