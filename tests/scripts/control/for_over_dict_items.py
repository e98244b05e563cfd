# for unpacks tuples from items() and enumerate().
prices = {"apple": 3, "pear": 5}
total = 0
for name, price in prices.items():
    total += price
    print(name, price)
# expect: apple 3
# expect: pear 5
print(total)  # expect: 8
for i, ch in enumerate("ab", start=1):
    print(i, ch)
# expect: 1 a
# expect: 2 b
