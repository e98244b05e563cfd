# A missing colon after a def header.
def f()  # expect syntax error: SyntaxError: expected ':'
    return 1
