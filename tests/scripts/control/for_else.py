# for/else: the else runs when no break happened.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([4, 5, 6], 5)  # expect: found at 1
find([4, 5, 6], 7)  # expect: not found
for x in []:
    pass
else:
    print("empty loop else")  # expect: empty loop else
