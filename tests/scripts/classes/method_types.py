# Functions on the class, methods on instances, and the decorated kinds.
class K:
    def inst(self):
        return "inst"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"
k = K()
print(type(K.inst).__name__, type(k.inst).__name__)  # expect: function method
print(type(K.cm).__name__, type(K.sm).__name__)  # expect: method function
print(k.inst(), k.cm(), k.sm(), K.cm(), K.sm())  # expect: inst K sm K sm
print(callable(K.inst), callable(k.cm))  # expect: True True
