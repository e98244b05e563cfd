# else with no matching if.
x = 1
else:  # expect syntax error: SyntaxError: invalid syntax
    pass
