# An unclosed list display.
xs = [1, 2, 3  # expect syntax error: SyntaxError: '[' was never closed
