# yield from works over any iterable, and then evaluates to None.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))   # expect: [1, 2, 3, 4, 5, 6]

def many():
    r = yield from "ab"
    print("str gave", r)
    yield from range(3)
    yield from (1, 2)
    yield from {"k": 1}
    yield from (x * 10 for x in [7, 8])
    yield from iter([9])
    yield from []

print(list(many()))   # expect: str gave None
                      # expect: ['a', 'b', 0, 1, 2, 1, 2, 'k', 70, 80, 9]

def bad():
    yield from 5  # expect runtime error: TypeError: 'int' object is not iterable

list(bad())
