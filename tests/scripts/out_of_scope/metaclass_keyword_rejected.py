# oracle skip: minipy refuses metaclasses (LANGUAGE.md: out of scope)
class C(metaclass=type):  # expect runtime error: NotImplementedError: metaclasses are not supported by minipy
    pass
