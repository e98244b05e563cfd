# repr() escapes control characters and backslashes.
print(repr("\n\t\\"))  # expect: '\n\t\\'
print(repr("a\rb"))  # expect: 'a\rb'
print(repr("\x00\x7f"))  # expect: '\x00\x7f'
print(repr("é"))  # expect: 'é'
print(len("\n\t\\"))  # expect: 3
