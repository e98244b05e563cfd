# continue outside any loop.
continue  # expect syntax error: SyntaxError: 'continue' not properly in loop
