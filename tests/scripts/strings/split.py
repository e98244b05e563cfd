# split() on whitespace, with a separator, and with maxsplit.
print("  a b\tc\n d  ".split())  # expect: ['a', 'b', 'c', 'd']
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("a,b,c,d".split(",", 2))  # expect: ['a', 'b', 'c,d']
print("a b c".split(None, 1))  # expect: ['a', 'b c']
print("".split())  # expect: []
print("".split(","))  # expect: ['']
print("a--b--c".split("--"))  # expect: ['a', 'b', 'c']
print("a,b,c".rsplit(",", 1))  # expect: ['a,b', 'c']
