# A def with no indented body.
def f():
return 1  # expect syntax error: IndentationError: expected an indented block after function definition on line 2
