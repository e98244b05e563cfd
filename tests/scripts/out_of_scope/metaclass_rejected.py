# oracle skip: minipy refuses metaclasses (LANGUAGE.md: out of scope)
print("before")  # expect: before
class Meta(type):  # expect runtime error: NotImplementedError: metaclasses are not supported by minipy
    pass
