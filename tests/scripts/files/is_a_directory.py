# Opening a directory raises IsADirectoryError, for reading as for writing.
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)  # expect: [Errno 21] Is a directory: '/tmp'
open("/tmp", "w")  # expect runtime error: IsADirectoryError: [Errno 21] Is a directory: '/tmp'
