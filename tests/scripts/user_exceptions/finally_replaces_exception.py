# An exception raised in finally replaces the pending one (and chains it).
class A(Exception):
    pass
class B(Exception):
    pass
try:
    try:
        raise A("a")
    finally:
        raise B("b")
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__)  # expect: B A
def f():
    try:
        raise A("lost")
    finally:
        return "finally wins"
print(f())  # expect: finally wins
