# An exception in a module body propagates; the failed module is not kept.
import sys
try:
    import mod_broken
except ZeroDivisionError as e:
    print("import failed:", e)
# expect: mod_broken starts
# expect: import failed: integer division or modulo by zero
print("mod_broken" in sys.modules)  # expect: False
try:
    import mod_broken
except ZeroDivisionError:
    print("failed again")
# expect: mod_broken starts
# expect: failed again
