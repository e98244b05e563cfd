# Arbitrary expressions, calls and quotes inside f-strings.
items = [3, 1, 2]
d = {"key": "v"}
print(f"{len(items)} items, max {max(items)}")  # expect: 3 items, max 3
print(f"{d['key']}")  # expect: v
print(f"{items[0] * 2 if items else 0}")  # expect: 6
print(f"{'yes' if 1 < 2 else 'no'}")  # expect: yes
print(f"{3 + 4:>4}|")  # expect:    7|
