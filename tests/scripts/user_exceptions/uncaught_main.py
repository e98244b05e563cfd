# An uncaught user exception prints `AppError: boom` (no __main__. prefix).
class AppError(Exception):
    pass
print("start")  # expect: start
raise AppError("boom")  # expect runtime error: AppError: boom
