# Writes to sys.stderr do not appear on stdout.
import sys
sys.stderr.write("to stderr\n")
print("to stdout")  # expect: to stdout
