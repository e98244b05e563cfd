# A syntax error anywhere means no line runs, not even the first.
print("must not print")
x = (  # expect syntax error: SyntaxError: '(' was never closed
