# A reverse Polish notation calculator with a list as stack.
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack.pop()
print(rpn("3 4 + 2 *"))  # expect: 14
print(rpn("5 1 2 + 4 * + 3 -"))  # expect: 14
print(rpn("7 2 /"))  # expect: 3.5
