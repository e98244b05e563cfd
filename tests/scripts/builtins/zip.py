# zip() stops at the shortest input.
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))  # expect: []
print(list(zip([1], [2], [3])))  # expect: [(1, 2, 3)]
names = ["a", "b"]
ages = [1, 2]
for n, a in zip(names, ages):
    print(n, a)
# expect: a 1
# expect: b 2
