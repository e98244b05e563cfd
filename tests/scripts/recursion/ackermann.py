# Ackermann for small arguments: deep, non-primitive recursion.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(1, 2))  # expect: 4
print(ack(2, 3))  # expect: 9
print(ack(3, 3))  # expect: 61
