# with inside try/finally: __exit__ runs before except and finally.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__)
try:
    with CM():
        print("body")
        raise IndexError("idx")
except IndexError as e:
    print("except", e)
finally:
    print("finally")
# expect: enter
# expect: body
# expect: exit IndexError
# expect: except idx
# expect: finally
