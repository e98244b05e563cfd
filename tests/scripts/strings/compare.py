# Strings compare lexicographically by code point.
print("apple" < "banana")  # expect: True
print("Z" < "a")  # expect: True
print("abc" < "abd")  # expect: True
print("ab" < "abc")  # expect: True
print("abc" == "abc")  # expect: True
print("b" > "abc")  # expect: True
