# Importing a missing module raises ModuleNotFoundError, an ImportError.
try:
    import nope_not_here
except ImportError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named 'nope_not_here'
    print(e.name)  # expect: nope_not_here
try:
    from nope_either import thing
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'nope_either'
print(issubclass(ModuleNotFoundError, ImportError))  # expect: True
import nope  # expect runtime error: ModuleNotFoundError: No module named 'nope'
