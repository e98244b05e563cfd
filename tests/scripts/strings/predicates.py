# isdigit, isalpha, isspace, isalnum, isupper, islower.
print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab1".isalpha())  # expect: True False
print(" \t\n".isspace(), " x ".isspace())  # expect: True False
print("ab12".isalnum(), "ab 12".isalnum())  # expect: True False
print("ABC".isupper(), "abc".islower(), "aBc".islower())  # expect: True True False
