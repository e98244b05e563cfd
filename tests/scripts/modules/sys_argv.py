# sys.argv[0] is the script path.
import sys
print(sys.argv[0].endswith("sys_argv.py"))  # expect: True
print(len(sys.argv))  # expect: 1
print(type(sys.argv).__name__)  # expect: list
