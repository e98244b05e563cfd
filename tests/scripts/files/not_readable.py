# A file opened only for writing cannot be read, and the other way round.
path = "/tmp/minipy_test_files_not_readable.txt"
f = open(path, "w")
try:
    f.read()
except OSError as e:
    print(e)  # expect: not readable
f.close()
g = open(path)
try:
    g.write("x")
except OSError as e:
    print(e)  # expect: not writable
try:
    g.write(b"x")
except TypeError as e:
    print(e)  # expect: write() argument must be str, not bytes
g.close()
