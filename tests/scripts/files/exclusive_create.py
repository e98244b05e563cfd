# Mode 'x' creates a new file and refuses one that exists.
path = "/tmp/minipy_test_files_exclusive_create.txt"
with open(path, "w") as f:
    f.write("present")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)  # expect: FileExistsError 17
open(path, "x")  # expect runtime error: FileExistsError: [Errno 17] File exists: '/tmp/minipy_test_files_exclusive_create.txt'
