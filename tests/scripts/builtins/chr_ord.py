# chr() and ord() are inverses.
print(ord("a"), chr(98))  # expect: 97 b
print(chr(ord("A") + 25))  # expect: Z
print(ord("€"), chr(8364))  # expect: 8364 €
print(ord("\n"))  # expect: 10
