# \N{...} escapes need the Unicode name database.
print("\N{GREEK SMALL LETTER ALPHA}")  # expect: α
print(len("\N{EURO SIGN}"), ord("\N{EURO SIGN}"))  # expect: 1 8364
