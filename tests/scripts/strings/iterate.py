# for over a string yields one-character strings.
out = []
for ch in "abc":
    out.append(ch.upper())
print(out)  # expect: ['A', 'B', 'C']
print(list("hi"))  # expect: ['h', 'i']
print(sorted("cab"))  # expect: ['a', 'b', 'c']
