# Raw strings keep backslashes.
print(r"a\nb")  # expect: a\nb
print(len(r"\t"))  # expect: 2
print(r"C:\dir\file")  # expect: C:\dir\file
print(repr(r"\d+"))  # expect: '\\d+'
