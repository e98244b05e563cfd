# Two importers share one module object and its state.
import mod_state
import mod_user
print(mod_state.increment("main"))  # expect: 1
print(mod_user.use())  # expect: 2
print(mod_state.counter, mod_state.log)  # expect: 2 ['main', 'mod_user']
print(mod_user.mod_state is mod_state)  # expect: True
mod_state.counter = 10
print(mod_user.use())  # expect: 11
from mod_state import counter
mod_state.increment("main")
print(counter, mod_state.counter)  # expect: 11 12
