# Calling the class returns the new instance; __init__ must return None.
class A:
    def __init__(self):
        self.ready = True
a = A()
print(type(a).__name__, a.ready)  # expect: A True
class B:
    def __init__(self):
        return 42
try:
    B()
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'
class NoInit:
    pass
n = NoInit()
print(type(n).__name__)  # expect: NoInit
try:
    NoInit(1)
except TypeError as e:
    print(e)  # expect: NoInit() takes no arguments
