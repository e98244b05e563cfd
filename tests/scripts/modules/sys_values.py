# sys.maxsize, sys.version_info and sys.platform.
import sys
print(sys.maxsize)  # expect: 9223372036854775807
print(sys.maxsize == 2 ** 63 - 1)  # expect: True
print(sys.version_info[0])  # expect: 3
print(sys.platform)  # expect: linux
