# Using a closed file raises ValueError; close() itself may be called again.
path = "/tmp/minipy_test_files_read_after_close.txt"
with open(path, "w") as f:
    f.write("data")
f = open(path)
f.close()
f.close()
try:
    f.write("more")
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
f.read()  # expect runtime error: ValueError: I/O operation on closed file.
