# nontest
# Helper module for imports/executed_once.py: prints when its body runs.
print("mod_once body runs")
loads = 1
