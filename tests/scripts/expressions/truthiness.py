# bool() of zeros, empty containers and strings.
print(bool(0), bool(0.0), bool(""), bool([]))  # expect: False False False False
print(bool(()), bool({}), bool(set()), bool(None))  # expect: False False False False
print(bool(1), bool(-0.5), bool("0"), bool([0]))  # expect: True True True True
print(bool((None,)), bool({0: 0}), bool(range(1)))  # expect: True True True
print(bool(range(0)))  # expect: False
if "":
    print("not reached")
if [1]:
    print("non-empty list is true")  # expect: non-empty list is true
