# The errno module: constants and errorcode, with CPython's choice among aliases.
import errno
print(errno.ENOENT, errno.EINTR, errno.EPIPE)  # expect: 2 4 32
print(errno.errorcode[errno.ENOENT])  # expect: ENOENT
print(errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN)  # expect: EAGAIN True
print(len(errno.errorcode) > 100)  # expect: True
