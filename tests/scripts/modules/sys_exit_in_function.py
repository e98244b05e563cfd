# sys.exit from inside a function unwinds and exits with the status.
import sys
def stop():
    print("stopping")  # expect: stopping
    sys.exit(4)
stop()
print("not reached")
# expect status: 4
