# A comprehension's body is a hidden function: yield there is an error.
def f():
    return [(yield x) for x in range(3)]  # expect syntax error: SyntaxError: 'yield' inside list comprehension
