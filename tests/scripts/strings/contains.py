# in on strings tests substrings.
print("lo w" in "hello world")  # expect: True
print("" in "abc")  # expect: True
print("xyz" in "abc")  # expect: False
print("a" not in "bcd")  # expect: True
