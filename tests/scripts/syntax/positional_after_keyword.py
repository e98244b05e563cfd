# A positional argument after a keyword argument.
print(sep="-", "a")  # expect syntax error: SyntaxError: positional argument follows keyword argument
