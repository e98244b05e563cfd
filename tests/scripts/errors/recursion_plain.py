# Unbounded recursion with an argument ends in RecursionError.
def count(n):
    return count(n + 1) + 1  # expect runtime error: RecursionError: maximum recursion depth exceeded
count(0)
