# Assigning past the end of a list.
xs = []
xs[0] = 1  # expect runtime error: IndexError: list assignment index out of range
