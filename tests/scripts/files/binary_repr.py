# Binary files show CPython's Buffered* reprs and FileIO's mode names.
path = "/tmp/minipy_test_files_binary_repr.bin"
w = open(path, "wb")
print(w)       # expect: <_io.BufferedWriter name='/tmp/minipy_test_files_binary_repr.bin'>
print(w.mode)  # expect: wb
w.close()
r = open(path, "rb")
print(r)       # expect: <_io.BufferedReader name='/tmp/minipy_test_files_binary_repr.bin'>
print(r.name == path, r.closed)  # expect: True False
r.close()
print(r.closed)  # expect: True
rw = open(path, "r+b")
print(rw)       # expect: <_io.BufferedRandom name='/tmp/minipy_test_files_binary_repr.bin'>
print(rw.mode)  # expect: rb+
rw.close()
