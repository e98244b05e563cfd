# Mode 'a' adds to the end of the file instead of truncating it.
path = "/tmp/minipy_test_files_append_mode.txt"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    f.write("two\n")
with open(path, "a") as f:
    f.write("three\n")
with open(path) as f:
    print(f.read().split())  # expect: ['one', 'two', 'three']
with open(path, "w") as f:
    f.write("reset\n")
with open(path) as f:
    print(repr(f.read()))  # expect: 'reset\n'
