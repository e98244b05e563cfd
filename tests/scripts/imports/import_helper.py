# import of a .py module beside the script.
import later_helper
print(later_helper.double(21))  # expect: 42
print(later_helper.NAME)  # expect: later_helper
