# A metaclass (class M(type), class C(metaclass=M)): CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
class Registry(type):
    names = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.names.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.names)  # expect: ['Base', 'Child']
print(type(Child).__name__, isinstance(Child, type))  # expect: Registry True
