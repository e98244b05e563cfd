# A closure over a mutable list needs no nonlocal.
def make_log():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    return log, entries
log, entries = make_log()
log("a")
print(log("b"))  # expect: 2
print(entries)  # expect: ['a', 'b']
