# os functions raise the OSError subclass of their errno, with CPython's
# "[Errno N] text" message, naming the file when there is one.
import os
import signal

def attempt(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)

attempt(os.remove, "/tmp/minipy_no_such_file")  # expect: FileNotFoundError 2 No such file or directory /tmp/minipy_no_such_file | [Errno 2] No such file or directory: '/tmp/minipy_no_such_file'
attempt(os.listdir, "/no/such/dir")  # expect: FileNotFoundError 2 No such file or directory /no/such/dir | [Errno 2] No such file or directory: '/no/such/dir'
attempt(os.listdir, "/etc/passwd")  # expect: NotADirectoryError 20 Not a directory /etc/passwd | [Errno 20] Not a directory: '/etc/passwd'
attempt(os.open, "/no/such", os.O_RDONLY)  # expect: FileNotFoundError 2 No such file or directory /no/such | [Errno 2] No such file or directory: '/no/such'
attempt(os.mkdir, "/tmp")  # expect: FileExistsError 17 File exists /tmp | [Errno 17] File exists: '/tmp'
attempt(os.rmdir, "/etc/passwd")  # expect: NotADirectoryError 20 Not a directory /etc/passwd | [Errno 20] Not a directory: '/etc/passwd'
attempt(os.remove, "/tmp")  # expect: IsADirectoryError 21 Is a directory /tmp | [Errno 21] Is a directory: '/tmp'
attempt(os.chdir, "/no/such/dir")  # expect: FileNotFoundError 2 No such file or directory /no/such/dir | [Errno 2] No such file or directory: '/no/such/dir'
attempt(os.kill, 2**22 + 1, signal.SIGTERM)  # expect: ProcessLookupError 3 No such process None | [Errno 3] No such process
attempt(os.killpg, 2**22 + 1, 0)  # expect: ProcessLookupError 3 No such process None | [Errno 3] No such process
attempt(os.getpgid, 2**22 + 1)  # expect: ProcessLookupError 3 No such process None | [Errno 3] No such process
attempt(os.waitpid, -1, 0)  # expect: ChildProcessError 10 No child processes None | [Errno 10] No child processes
attempt(os.waitpid, -1, os.WNOHANG)  # expect: ChildProcessError 10 No child processes None | [Errno 10] No child processes
attempt(os.close, 999)  # expect: OSError 9 Bad file descriptor None | [Errno 9] Bad file descriptor
attempt(os.read, 999, 1)  # expect: OSError 9 Bad file descriptor None | [Errno 9] Bad file descriptor
attempt(os.dup2, 999, 5)  # expect: OSError 9 Bad file descriptor None | [Errno 9] Bad file descriptor
attempt(os.kill, os.getpid(), 999)  # expect: OSError 22 Invalid argument None | [Errno 22] Invalid argument
r, w = os.pipe()
os.close(r)
attempt(os.write, w, b"x")  # expect: BrokenPipeError 32 Broken pipe None | [Errno 32] Broken pipe
os.close(w)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ProcessLookupError, OSError))  # expect: True True
print(os.strerror(2), "|", os.strerror(32), "|", os.strerror(4))  # expect: No such file or directory | Broken pipe | Interrupted system call
