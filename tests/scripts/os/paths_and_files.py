# os.path functions, getcwd, mkdir/listdir/remove/rmdir on a scratch
# directory, and the path constants.
import os

print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"))  # expect: a/b/c a/b /abs/c
print(os.path.basename("/x/y.txt"), repr(os.path.basename("/x/")), os.path.dirname("/x/y.txt"))  # expect: y.txt '' /x
print(os.path.dirname("y.txt") == "", os.path.dirname("/"), os.path.dirname("//a"))  # expect: True / //
print(os.path.isabs("/a"), os.path.isabs("a"))  # expect: True False
print(os.path.abspath("/a/./b/../c"), os.path.abspath("/../x"), os.path.abspath("//a//b/"))  # expect: /a/c /x //a/b
print(os.path.abspath("sub") == os.path.join(os.getcwd(), "sub"))  # expect: True
print(os.sep, os.pathsep, os.curdir, os.pardir, repr(os.linesep), os.devnull, os.name)  # expect: / : . .. '\n' /dev/null posix

d = "/tmp/minipy_os_test_%d" % os.getpid()
os.mkdir(d)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))  # expect: True True False
for name in ("b.txt", "a.txt"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)), os.path.isfile(os.path.join(d, "a.txt")))  # expect: ['a.txt', 'b.txt'] True
here = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, sorted(os.listdir()), sorted(os.listdir(".")))  # expect: True ['a.txt', 'b.txt'] ['a.txt', 'b.txt']
os.chdir(here)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)  # expect: OSError 39
os.remove(os.path.join(d, "a.txt"))
os.unlink(os.path.join(d, "b.txt"))
os.rmdir(d)
print(os.path.exists(d), os.path.exists(0), os.path.isdir(d))  # expect: False True False
try:
    os.path.exists(1.5)
except TypeError as e:
    print(e)  # expect: stat: path should be string, bytes, os.PathLike or integer, not float
