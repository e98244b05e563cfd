# 'r+' reads and writes one file (in text mode a write after a read lands
# after the read-ahead chunk, here the end); 'w+' truncates it first.
path = "/tmp/minipy_test_files_read_write_plus.txt"
with open(path, "w") as f:
    f.write("0123456789")
with open(path, "r+") as f:
    print(f.read(4))  # expect: 0123
    f.write("ab")
with open(path) as f:
    print(f.read())  # expect: 0123456789ab
with open(path, "w+") as f:
    f.write("new")
with open(path) as f:
    print(f.read())  # expect: new
