# open() rejects bad modes and arguments with CPython's messages, before touching the disk.
path = "/tmp/minipy_test_files_invalid_mode.txt"
for mode in ["q", "rw", "rr", "b", "rbt", "U"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(e)
# expect: invalid mode: 'q'
# expect: must have exactly one of create/read/write/append mode
# expect: invalid mode: 'rr'
# expect: Must have exactly one of create/read/write/append mode and at most one plus
# expect: can't have text and binary mode at once
# expect: invalid mode: 'U'
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(e)  # expect: binary mode doesn't take an encoding argument
try:
    open(path, 3)
except TypeError as e:
    print(e)  # expect: open() argument 'mode' must be str, not int
open(path, "w", encoding="xyz")  # expect runtime error: LookupError: unknown encoding: xyz
