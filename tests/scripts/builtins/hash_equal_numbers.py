# Equal numbers hash equal.
print(hash(1) == hash(1.0) == hash(True))  # expect: True
print(hash(0) == hash(0.0) == hash(False))  # expect: True
print(hash("abc") == hash("ab" + "c"))  # expect: True
print(hash((1, "a")) == hash((1, "a")))  # expect: True
print(hash(-1) == hash(-1.0))  # expect: True
