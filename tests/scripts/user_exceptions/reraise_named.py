# raise e re-raises a caught exception; its old traceback entries stay innermost.
class AppError(Exception):
    pass
saved = None
try:
    raise AppError("first")  # expect runtime error: AppError: first
except AppError as e:
    saved = e
print(type(saved).__name__, saved)  # expect: AppError first
try:
    raise saved
except AppError as e:
    print(e is saved)  # expect: True
raise saved  # traceback lists lines 14, 11, then 6 (innermost)
