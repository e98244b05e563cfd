# Uncaught infinite recursion ends with RecursionError on stderr.
def forever():
    return forever()  # expect runtime error: RecursionError: maximum recursion depth exceeded
forever()
