# startswith/endswith, with a tuple of candidates.
name = "report.txt"
print(name.startswith("rep"))  # expect: True
print(name.endswith(".txt"))  # expect: True
print(name.endswith((".csv", ".txt")))  # expect: True
print(name.startswith(("a", "b")))  # expect: False
print(name.startswith("port", 2))  # expect: True
