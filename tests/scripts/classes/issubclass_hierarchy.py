# issubclass on user classes: reflexive, transitive, tuples, object.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(issubclass(C, A), issubclass(A, C))  # expect: True False
print(issubclass(B, B), issubclass(C, object))  # expect: True True
print(issubclass(A, (int, B)), issubclass(C, (int, B)))  # expect: False True
print(C.__base__.__name__, B.__base__.__name__, A.__base__.__name__)  # expect: B A object
print(issubclass(bool, int), issubclass(int, A))  # expect: True False
