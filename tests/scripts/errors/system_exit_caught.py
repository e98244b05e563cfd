# SystemExit is an exception and can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)  # expect: caught exit 5
print("still running")  # expect: still running
