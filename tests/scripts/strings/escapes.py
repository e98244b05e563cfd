# Escape sequences in string literals.
print("tab:\tend".split("\t"))  # expect: ['tab:', 'end']
print("quote: \" and \'")  # expect: quote: " and '
print("back\\slash")  # expect: back\slash
print("\x41\u00e9\U0001F600" == "Aé😀")  # expect: True
print(len("a\
b"))  # expect: 2
print("\101")  # expect: A
