# nontest
# Helper module for imports/shared_state.py: module-level state.
counter = 0
log = []
def increment(who):
    global counter
    counter += 1
    log.append(who)
    return counter
