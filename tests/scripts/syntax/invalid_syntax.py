# Two expressions side by side.
x = 1
y = x x  # expect syntax error: SyntaxError: invalid syntax
