# readline() returns one line with its newline ('' at end of file); readlines() the rest.
path = "/tmp/minipy_test_files_readline_readlines.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\ndelta")
with open(path) as f:
    print(repr(f.readline()))  # expect: 'alpha\n'
    print(f.readlines())       # expect: ['beta\n', 'gamma\n', 'delta']
    print(repr(f.readline()))  # expect: ''
    print(f.readlines())       # expect: []
