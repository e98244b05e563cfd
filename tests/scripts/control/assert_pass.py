# A true assertion does nothing; a false one raises AssertionError.
assert 1 + 1 == 2
assert [1], "non-empty"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e)  # expect: caught: one is not greater
try:
    assert False
except AssertionError as e:
    print(repr(e))  # expect: AssertionError()
