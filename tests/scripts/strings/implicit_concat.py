# Adjacent string literals are concatenated at compile time.
s = "abc" "def"
print(s)  # expect: abcdef
t = ("one "
     'two '
     "three")
print(t)  # expect: one two three
print("a" r"\b")  # expect: a\b
