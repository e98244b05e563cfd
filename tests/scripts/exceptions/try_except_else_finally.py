# Order of try / except / else / finally with and without an exception.
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("bad")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
# expect: try
# expect: else
# expect: finally
run(True)
# expect: try
# expect: except
# expect: finally
