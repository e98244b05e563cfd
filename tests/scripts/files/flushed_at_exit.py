# A file never closed is flushed at exit; one dropped early is flushed before the path is reopened.
path = "/tmp/minipy_test_files_flushed_at_exit.txt"
open(path, "w").write("written through a dropped file\n")
with open(path) as f:
    print(f.read(), end="")  # expect: written through a dropped file
kept = open(path, "a")
kept.write("pending until exit\n")
