# nontest
# Helper module for imports/shared_state.py: a second importer of mod_state.
import mod_state
def use():
    return mod_state.increment("mod_user")
