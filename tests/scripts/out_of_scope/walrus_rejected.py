# oracle skip: minipy refuses the walrus operator (LANGUAGE.md: out of scope)
if (n := 3) > 2:  # expect syntax error: SyntaxError: assignment expressions (:=) are not supported by minipy
    print(n)
