# sys.exit() and sys.exit(0) succeed; finally blocks still run.
import sys
try:
    sys.exit()
finally:
    print("finally ran")  # expect: finally ran
