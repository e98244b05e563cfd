# nontest
# Helper module for imports/error_during_import.py: fails halfway through.
print("mod_broken starts")
value = 1 // 0
print("never printed")
