# A bare raise re-raises the same object; its traceback still ends at the original raise.
class AppError(Exception):
    pass
def inner():
    try:
        raise AppError("original")  # expect runtime error: AppError: original
    except AppError as e:
        print("logging", e)
        e.logged = True
        raise
try:
    inner()
except AppError as e:
    print("outer got", e, e.logged)
# expect: logging original
# expect: outer got original True
inner()  # expect: logging original
