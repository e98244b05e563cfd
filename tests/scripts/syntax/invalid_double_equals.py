# An assignment with nothing between two equals signs.
x = = 1  # expect syntax error: SyntaxError: invalid syntax
