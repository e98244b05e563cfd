# A parameter without a default after one with a default.
def f(a=1, b):  # expect syntax error: SyntaxError: non-default argument follows default argument
    return a
