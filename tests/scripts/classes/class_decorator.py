# A class decorator receives the class and may register or replace it.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_greeting
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))  # expect: ['Alpha', 'Beta']
print(registry["Alpha"]().greet())  # expect: hello from Alpha
print(hasattr(Beta, "greet"))  # expect: False
