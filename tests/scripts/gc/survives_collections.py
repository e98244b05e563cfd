# Live data built across several collections stays intact.
def build(n):
    nodes = []
    for i in range(n):
        nodes.append((i, str(i), [i] * 2, {"k": i}))
    return nodes


nodes = build(60000)
total = 0
for i, s, pair, d in nodes:
    total += i + len(s) + pair[1] + d["k"]
print(total)  # expect: 5400198890
