# float() of a non-numeric string.
x = float("1.2.3")  # expect runtime error: ValueError: could not convert string to float: '1.2.3'
