# raise X from Y sets __cause__; the last line names the new exception.
try:
    try:
        int("x")
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(type(e.__cause__).__name__)  # expect: ValueError
raise RuntimeError("outer") from ValueError("inner")  # expect runtime error: RuntimeError: outer
