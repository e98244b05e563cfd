# sort() in place, ascending and reverse, and sort returns None.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.sort())  # expect: None
print(xs)  # expect: [1, 1, 2, 3, 4, 5, 6, 9]
xs.sort(reverse=True)
print(xs)  # expect: [9, 6, 5, 4, 3, 2, 1, 1]
words = ["pear", "Apple", "fig"]
words.sort()
print(words)  # expect: ['Apple', 'fig', 'pear']
