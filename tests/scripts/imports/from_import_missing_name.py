# from m import missing raises ImportError (its message holds the file's path).
try:
    from mod_greet import zz
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
    print(type(e) is ModuleNotFoundError)  # expect: False
    print(e.name)  # expect: mod_greet
try:
    from mod_greet import hello, nothing_here
except ImportError as e:
    print("names before the missing one are bound:", "hello" in globals())  # expect: names before the missing one are bound: True
print(hello("ok"))  # expect: hello, ok
