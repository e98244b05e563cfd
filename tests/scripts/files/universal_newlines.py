# Reading in text mode turns '\r\n' and '\r' into '\n'; newline='' keeps them.
path = "/tmp/minipy_test_files_universal_newlines.txt"
with open(path, "wb") as f:
    f.write(b"dos\r\nmac\runix\nend")
with open(path) as f:
    print(repr(f.read()))  # expect: 'dos\nmac\nunix\nend'
with open(path) as f:
    print(f.readlines())  # expect: ['dos\n', 'mac\n', 'unix\n', 'end']
with open(path, newline="") as f:
    print(f.readlines())  # expect: ['dos\r\n', 'mac\r', 'unix\n', 'end']
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())  # expect: b'a\r\nb\r\n'
