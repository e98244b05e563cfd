# splitlines() and removing prefixes/suffixes.
print("a\nb\r\nc\n".splitlines())  # expect: ['a', 'b', 'c']
print("prefix_name".removeprefix("prefix_"))  # expect: name
print("file.py".removesuffix(".py"))  # expect: file
print("abc".removeprefix("x"))  # expect: abc
