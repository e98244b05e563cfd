# print(..., file=f) writes into the file, honouring sep and end.
path = "/tmp/minipy_test_files_print_to_file.txt"
with open(path, "w") as f:
    print("a", 1, 2.5, file=f)
    print("x", "y", sep="-", end="!\n", file=f)
    print(file=f)
with open(path) as f:
    print(repr(f.read()))  # expect: 'a 1 2.5\nx-y!\n\n'
