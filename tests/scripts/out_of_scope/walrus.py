# The walrus operator := : CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
data = [1, 5, 12, 3]
if (n := len(data)) > 3:
    print("long list", n)  # expect: long list 4
print([y for x in data if (y := x * 2) > 5])  # expect: [10, 24, 6]
print(y)  # expect: 6
items = iter(["a", "b"])
while (item := next(items, None)) is not None:
    print(item)
# expect: a
# expect: b
