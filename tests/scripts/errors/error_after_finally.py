# finally runs, then the exception ends the program.
try:
    print("body")  # expect: body
    [].pop()  # expect runtime error: IndexError: pop from empty list
finally:
    print("finally")  # expect: finally
