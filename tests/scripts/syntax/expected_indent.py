# A block header followed by an unindented line.
x = 1
if x:
print(x)  # expect syntax error: IndentationError: expected an indented block after 'if' statement on line 3
