# The `as` name is deleted at the end of the except block.
class AppError(Exception):
    pass
e = "before"
try:
    raise AppError("x")
except AppError as e:
    print("inside", e)  # expect: inside x
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
