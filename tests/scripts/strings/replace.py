# replace() all occurrences or a counted number.
s = "one two one two"
print(s.replace("one", "1"))  # expect: 1 two 1 two
print(s.replace("two", "2", 1))  # expect: one 2 one two
print(s.replace("three", "3"))  # expect: one two one two
print("aaa".replace("a", "bb"))  # expect: bbbbbb
