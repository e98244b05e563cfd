# yield at module level is a syntax error.
x = 1
yield x  # expect syntax error: SyntaxError: 'yield' outside function
