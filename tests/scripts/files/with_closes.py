# `with` returns the file from __enter__ and closes it on the way out, even after an exception.
path = "/tmp/minipy_test_files_with_closes.txt"
with open(path, "w") as f:
    print(f.closed)  # expect: False
    f.write("x")
print(f.closed)  # expect: True
try:
    with open(path) as g:
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)  # expect: caught 'boom'
print(g.closed)  # expect: True
h = open(path)
print(h.__enter__() is h)                # expect: True
print(h.__exit__(None, None, None), h.closed)  # expect: None True
