# sys.exit(3) ends the program with status 3 and no traceback.
import sys
print("exiting")  # expect: exiting
sys.exit(3)
print("not reached")
# expect status: 3
