# sys.exit("msg") prints msg on stderr and exits with status 1 (see .err_last).
import sys
print("about to exit")  # expect: about to exit
sys.exit("fatal: giving up")
# expect status: 1
