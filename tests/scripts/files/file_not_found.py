# Opening a missing file raises FileNotFoundError with errno and filename.
try:
    open("/tmp/definitely/missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename)  # expect: 2 /tmp/definitely/missing.txt
    print(isinstance(e, OSError))  # expect: True
open("/tmp/definitely/missing.txt")  # expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/definitely/missing.txt'
