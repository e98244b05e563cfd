# iter() and next(), with a default when exhausted.
it = iter([1, 2])
print(next(it))  # expect: 1
print(next(it))  # expect: 2
print(next(it, "done"))  # expect: done
try:
    next(it)
except StopIteration:
    print("StopIteration")  # expect: StopIteration
s = iter("ab")
print(next(s) + next(s))  # expect: ab
