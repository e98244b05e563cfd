# Binary files read and write bytes, every byte value intact.
path = "/tmp/minipy_test_files_binary_roundtrip.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))  # expect: 256
    print(f.write(b"\r\nend"))  # expect: 5
with open(path, "rb") as f:
    back = f.read()
print(len(back), back[:256] == data, back[256:])  # expect: 261 True b'\r\nend'
with open(path, "rb") as f:
    print(f.read(3))  # expect: b'\x00\x01\x02'
    print(f.readline())  # expect: b'\x03\x04\x05\x06\x07\x08\t\n'
with open(path, "wb") as f:
    f.write(b"ab\ncd\n")
with open(path, "rb") as f:
    print(list(f))  # expect: [b'ab\n', b'cd\n']
try:
    open(path, "wb").write("text")
except TypeError as e:
    print(e)  # expect: a bytes-like object is required, not 'str'
