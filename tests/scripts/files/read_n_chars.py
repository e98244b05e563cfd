# read(n) returns at most n characters (multi-byte ones count as one); read() the rest.
path = "/tmp/minipy_test_files_read_n_chars.txt"
with open(path, "w") as f:
    f.write("añb€c🐍d")
with open(path) as f:
    print(f.read(2))  # expect: añ
    print(f.read(3))  # expect: b€c
    print(f.read(0) == "")  # expect: True
    print(f.read())   # expect: 🐍d
    print(repr(f.read(5)))  # expect: ''
