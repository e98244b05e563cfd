# A string literal without its closing quote.
s = "abc  # expect syntax error: SyntaxError: unterminated string literal (detected at line 2)
