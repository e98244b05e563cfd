# oracle skip: minipy refuses multiple inheritance (LANGUAGE.md: out of scope)
class A:
    pass
class B:
    pass
class C(A, B):  # expect runtime error: NotImplementedError: multiple inheritance is not supported by minipy
    pass
