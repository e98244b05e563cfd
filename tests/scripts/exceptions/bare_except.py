# A bare except catches anything.
try:
    {}["k"]
except:
    print("caught something")  # expect: caught something
try:
    int("x")
except ValueError:
    print("specific first")  # expect: specific first
except:
    print("not reached")
