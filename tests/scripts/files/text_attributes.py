# A text file exposes name, mode, closed, encoding and CPython's repr.
path = "/tmp/minipy_test_files_text_attributes.txt"
f = open(path, "w", encoding="utf-8")
print(f)  # expect: <_io.TextIOWrapper name='/tmp/minipy_test_files_text_attributes.txt' mode='w' encoding='utf-8'>
print(f.name == path, f.mode, f.encoding, f.closed)  # expect: True w utf-8 False
print(f.readable(), f.writable(), type(f.fileno()))  # expect: False True <class 'int'>
f.close()
g = open(path, "a+", encoding="utf-8")
print(g.mode, g.readable(), g.writable())  # expect: a+ True True
g.close()
print(g.closed)  # expect: True
