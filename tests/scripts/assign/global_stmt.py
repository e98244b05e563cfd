# global lets a function rebind a module-level name.
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)  # expect: 2
def make():
    global created
    created = "yes"
make()
print(created)  # expect: yes
