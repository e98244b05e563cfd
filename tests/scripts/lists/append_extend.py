# append adds one item, extend adds many.
xs = [1]
xs.append(2)
xs.append([3])
print(xs)  # expect: [1, 2, [3]]
xs.extend([4, 5])
xs.extend("ab")
print(xs)  # expect: [1, 2, [3], 4, 5, 'a', 'b']
xs += (6,)
print(len(xs))  # expect: 8
