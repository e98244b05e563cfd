# A closing parenthesis without an opener.
x = 1)  # expect syntax error: SyntaxError: unmatched ')'
