# A missing colon after an if condition.
x = 1
if x > 0  # expect syntax error: SyntaxError: expected ':'
    print("positive")
