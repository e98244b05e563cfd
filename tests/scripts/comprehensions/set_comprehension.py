# A set comprehension removes duplicates; print it sorted.
words = ["Apple", "avocado", "Banana", "blueberry", "cherry"]
initials = {w[0].lower() for w in words}
print(sorted(initials))  # expect: ['a', 'b', 'c']
print(type(initials).__name__, len(initials))  # expect: set 3
print(sorted({n % 4 for n in range(100)}))  # expect: [0, 1, 2, 3]
print({x for x in []} == set())  # expect: True
print(sorted({len(w) for w in words if w.islower()}))  # expect: [6, 7, 9]
