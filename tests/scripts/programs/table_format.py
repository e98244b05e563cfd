# Formatting a small table with f-string alignment.
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("fig", 100, 1.0)]
print(f"{'item':<6}|{'qty':>4}|{'price':>6}")  # expect: item  | qty| price
for name, qty, price in rows:
    print(f"{name:<6}|{qty:>4}|{price:>6.2f}")
# expect: apple |   3|  0.50
# expect: kiwi  |  12|  0.25
# expect: fig   | 100|  1.00
total = 0
for name, qty, price in rows:
    total += qty * price
print(f"total {total:.2f}")  # expect: total 104.50
