# A binary operator with no right operand.
x = 1 +  # expect syntax error: SyntaxError: invalid syntax
