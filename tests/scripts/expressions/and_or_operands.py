# and/or return one of their operands, not a bool.
print(1 and 2)  # expect: 2
print(0 and 2)  # expect: 0
print(1 or 2)  # expect: 1
print(0 or "")  # expect:
print(None or "default")  # expect: default
print([] and [1])  # expect: []
print("a" and "b" or "c")  # expect: b
