# % formatting errors: argument count and types.
def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
show(lambda: "%s %s" % ("one",))  # expect: TypeError: not enough arguments for format string
show(lambda: "%s" % (1, 2))  # expect: TypeError: not all arguments converted during string formatting
show(lambda: "%d" % "x")  # expect: TypeError: %d format: a real number is required, not str
show(lambda: "%z" % 1)  # expect: ValueError: unsupported format character 'z' (0x7a) at index 1
show(lambda: "%(a)s" % (1,))  # expect: TypeError: format requires a mapping
print("%s and %s" % ("a",))  # expect runtime error: TypeError: not enough arguments for format string
