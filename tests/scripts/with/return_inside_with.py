# return inside a with body still runs __exit__ before the function returns.
class Guard:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0])
def work(x):
    with Guard():
        if x > 0:
            return "positive"
        print("not returned early")
    return "done"
print(work(1))
# expect: acquire
# expect: release None
# expect: positive
print(work(0))
# expect: acquire
# expect: not returned early
# expect: release None
# expect: done
