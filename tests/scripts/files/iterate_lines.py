# A text file iterates over its lines, with `for` and with list().
path = "/tmp/minipy_test_files_iterate_lines.txt"
with open(path, "w") as f:
    f.writelines(["a\n", "bb\n", "ccc\n"])
with open(path) as f:
    for line in f:
        print(len(line), line.strip())
# expect: 2 a
# expect: 3 bb
# expect: 4 ccc
with open(path) as f:
    print(list(f))  # expect: ['a\n', 'bb\n', 'ccc\n']
f = open(path)
print(next(f), end="")  # expect: a
print(iter(f) is f)     # expect: True
f.close()
