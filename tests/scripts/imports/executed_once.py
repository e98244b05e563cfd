# A module body runs once, however many times and ways it is imported.
print("first import")  # expect: first import
import mod_once
# expect: mod_once body runs
print("second import")  # expect: second import
import mod_once
import mod_once as again
from mod_once import loads
print(again is mod_once, loads)  # expect: True 1
def later():
    import mod_once
    return mod_once.loads
print(later())  # expect: 1
