# User exceptions are Exceptions and BaseExceptions, and classes in their own right.
class AppError(Exception):
    pass
class Fatal(AppError):
    pass
e = Fatal("f")
print(isinstance(e, Exception), isinstance(e, BaseException))  # expect: True True
print(isinstance(e, AppError), isinstance(e, ValueError))  # expect: True False
print(issubclass(Fatal, Exception), issubclass(AppError, Fatal))  # expect: True False
print(Fatal.__base__.__name__, AppError.__base__.__name__)  # expect: AppError Exception
print(type(e).__name__, e.__class__.__qualname__)  # expect: Fatal Fatal
