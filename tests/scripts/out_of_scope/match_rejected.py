# oracle skip: minipy refuses `match` (LANGUAGE.md: out of scope)
command = "go"
match command:  # expect syntax error: SyntaxError: the match statement is not supported by minipy
    case "go":
        print("going")
