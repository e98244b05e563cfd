# raise ValueError without parentheses: the last line has no colon.
print("about to raise")  # expect: about to raise
raise ValueError  # expect runtime error: ValueError
