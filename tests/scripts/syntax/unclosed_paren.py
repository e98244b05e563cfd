# A parenthesis never closed is reported where it opens.
print("fine")
total = (1 +  # expect syntax error: SyntaxError: '(' was never closed
    2
