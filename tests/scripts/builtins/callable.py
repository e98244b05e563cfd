# callable() distinguishes functions from other values.
def f():
    pass
print(callable(f), callable(len), callable(lambda: 0))  # expect: True True True
print(callable(1), callable("s"), callable([]))  # expect: False False False
print(callable(int), callable(print))  # expect: True True
