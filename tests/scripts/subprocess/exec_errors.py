# A program that cannot be started raises in the parent, as CPython does:
# the child's errno as FileNotFoundError/PermissionError naming the program,
# a bad cwd names the directory; no Popen exists and no child is left.
import os
import subprocess

def attempt(*args, **kwargs):
    try:
        subprocess.Popen(*args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, "|", e)

attempt(["no_such_program_xyz"])  # expect: FileNotFoundError 2 no_such_program_xyz | [Errno 2] No such file or directory: 'no_such_program_xyz'
attempt(["/no/such/dir/prog", "arg"])  # expect: FileNotFoundError 2 /no/such/dir/prog | [Errno 2] No such file or directory: '/no/such/dir/prog'
attempt(["/etc/passwd"])  # expect: PermissionError 13 /etc/passwd | [Errno 13] Permission denied: '/etc/passwd'
attempt(["/tmp"])  # expect: PermissionError 13 /tmp | [Errno 13] Permission denied: '/tmp'
attempt(["true"], cwd="/no/such/dir")  # expect: FileNotFoundError 2 /no/such/dir | [Errno 2] No such file or directory: '/no/such/dir'
attempt("no_such_program_xyz arg")  # expect: FileNotFoundError 2 no_such_program_xyz arg | [Errno 2] No such file or directory: 'no_such_program_xyz arg'
attempt(["ls"], executable="/no/exe")  # expect: FileNotFoundError 2 /no/exe | [Errno 2] No such file or directory: '/no/exe'
attempt(["true"], env={"PATH": "/nonexistent"})  # expect: FileNotFoundError 2 true | [Errno 2] No such file or directory: 'true'
try:
    subprocess.run(["no_such_program_xyz"], capture_output=True)
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'no_such_program_xyz'
# shell=True starts the shell; the shell reports the missing command.
r = subprocess.run("no_such_program_xyz", shell=True, stderr=subprocess.DEVNULL)
print(r.returncode)  # expect: 127
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("no child left:", e)  # expect: no child left: [Errno 10] No child processes
