# break outside any loop.
if True:
    break  # expect syntax error: SyntaxError: 'break' outside loop
