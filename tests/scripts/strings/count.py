# count() counts non-overlapping occurrences.
print("banana".count("a"))  # expect: 3
print("banana".count("an"))  # expect: 2
print("aaaa".count("aa"))  # expect: 2
print("abc".count(""))  # expect: 4
print("banana".count("x"))  # expect: 0
