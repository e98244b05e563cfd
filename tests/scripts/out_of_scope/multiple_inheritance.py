# Multiple inheritance (class C(A, B)) and its MRO: CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
class A:
    def hi(self):
        return "A"
class B:
    def hi(self):
        return "B"
    def only_b(self):
        return "only B"
class C(A, B):
    pass
c = C()
print(c.hi(), c.only_b())  # expect: A only B
print([k.__name__ for k in C.__mro__])  # expect: ['C', 'A', 'B', 'object']
print(isinstance(c, A), isinstance(c, B))  # expect: True True
