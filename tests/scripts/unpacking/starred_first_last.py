# A starred target may come first or last, and may take everything.
*init, last = [1, 2, 3]
print(init, last)  # expect: [1, 2] 3
first, *rest = "hello"
print(first, rest)  # expect: h ['e', 'l', 'l', 'o']
*everything, = {"k": 1, "j": 2}
print(everything)  # expect: ['k', 'j']
[x, *ys] = (1,)
print(x, ys)  # expect: 1 []
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
# expect: 1 [2, 3]
# expect: 4 []
