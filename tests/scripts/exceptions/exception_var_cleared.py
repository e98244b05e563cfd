# The `as` name is deleted at the end of the handler.
try:
    raise ValueError("v")
except ValueError as err:
    print(err)  # expect: v
try:
    print(err)
except NameError as e:
    print(e)  # expect: name 'err' is not defined
