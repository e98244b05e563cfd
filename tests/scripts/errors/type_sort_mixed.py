# Sorting a list with incomparable items.
xs = [3, "a", 1]
xs.sort()  # expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
