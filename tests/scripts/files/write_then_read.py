# Text written to a file reads back unchanged; write() returns the character count.
path = "/tmp/minipy_test_files_write_then_read.txt"
f = open(path, "w")
print(f.write("first line\n"))  # expect: 11
print(f.write("second\n"))      # expect: 7
f.close()
f = open(path)
print(repr(f.read()))  # expect: 'first line\nsecond\n'
f.close()
