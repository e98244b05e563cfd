# Raising an instance of a class that is not an exception is a TypeError.
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
raise NotAnError  # expect runtime error: TypeError: exceptions must derive from BaseException
