# Matrix multiplication with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))  # expect: [[19, 22], [43, 50]]
identity = [[1, 0], [0, 1]]
print(matmul(a, identity) == a)  # expect: True
print(matmul([[1, 2, 3]], [[1], [2], [3]]))  # expect: [[14]]
