# strip, lstrip, rstrip with and without characters.
s = "  hi there \n"
print(repr(s.strip()))  # expect: 'hi there'
print(repr(s.lstrip()))  # expect: 'hi there \n'
print(repr(s.rstrip()))  # expect: '  hi there'
print("xxhixx".strip("x"))  # expect: hi
print("abcba".strip("ab"))  # expect: c
print("--x--".rstrip("-"))  # expect: --x
