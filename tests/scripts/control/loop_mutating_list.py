# Appending during iteration extends the loop (the iterator sees the growth).
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x + 10)
print(xs)  # expect: [1, 2, 3, 11, 12]
