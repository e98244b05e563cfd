# return at module level.
x = 1
return x  # expect syntax error: SyntaxError: 'return' outside function
