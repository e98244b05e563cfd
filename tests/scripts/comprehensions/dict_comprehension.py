# A dict comprehension builds keys in order; later duplicates overwrite values.
words = ["one", "three", "five"]
print({w: len(w) for w in words})  # expect: {'one': 3, 'three': 5, 'five': 4}
print({n: n * n for n in range(4) if n})  # expect: {1: 1, 2: 4, 3: 9}
prices = {"a": 1.0, "b": 2.5}
print({k.upper(): v * 2 for k, v in prices.items()})  # expect: {'A': 2.0, 'B': 5.0}
print({len(w): w for w in words})  # expect: {3: 'one', 5: 'three', 4: 'five'}
print({v: k for k, v in {"x": 1, "y": 2}.items()})  # expect: {1: 'x', 2: 'y'}
