# break and continue inside a with body run __exit__ each time.
class Scope:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, *exc):
        print("exit", self.i)
for i in range(5):
    with Scope(i) as n:
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
# expect: body 0
# expect: exit 0
# expect: exit 1
# expect: body 2
# expect: exit 2
# expect: exit 3
print("loop done")  # expect: loop done
