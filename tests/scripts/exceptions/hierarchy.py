# The built-in exception hierarchy.
print(isinstance(KeyError(), LookupError))  # expect: True
print(isinstance(IndexError(), LookupError))  # expect: True
print(isinstance(ZeroDivisionError(), ArithmeticError))  # expect: True
print(isinstance(UnboundLocalError(), NameError))  # expect: True
print(isinstance(RecursionError(), RuntimeError))  # expect: True
print(isinstance(ValueError(), Exception))  # expect: True
print(isinstance(SystemExit(), Exception))  # expect: False
print(isinstance(KeyboardInterrupt(), BaseException))  # expect: True
print(issubclass(ModuleNotFoundError, ImportError))  # expect: True
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)  # expect: LookupError caught IndexError
