# OSError(errno, strerror[, filename]) called on OSError itself gives the
# subclass of that errno, as the os functions raise; a subclass stays itself.
import errno

for code in (errno.ENOENT, errno.EPIPE, errno.ECHILD, errno.EINTR, errno.EACCES, errno.EPERM, errno.ESRCH, errno.EEXIST, 9):
    e = OSError(code, "text")
    print(type(e).__name__, e.errno, e)
# expect: FileNotFoundError 2 [Errno 2] text
# expect: BrokenPipeError 32 [Errno 32] text
# expect: ChildProcessError 10 [Errno 10] text
# expect: InterruptedError 4 [Errno 4] text
# expect: PermissionError 13 [Errno 13] text
# expect: PermissionError 1 [Errno 1] text
# expect: ProcessLookupError 3 [Errno 3] text
# expect: FileExistsError 17 [Errno 17] text
# expect: OSError 9 [Errno 9] text
print(type(OSError(2, "x", "f")).__name__, OSError(2, "x", "f"))  # expect: FileNotFoundError [Errno 2] x: 'f'
print(type(OSError(2)).__name__, type(OSError("2", "x")).__name__)  # expect: OSError OSError
print(type(PermissionError(2, "x")).__name__)  # expect: PermissionError
try:
    raise OSError(errno.ENOENT, "gone", "file.txt")
except FileNotFoundError as e:
    print("caught", e.filename)  # expect: caught file.txt
