# A default is evaluated once, at def time: a mutable default is shared.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1))  # expect: [1]
print(add(2))  # expect: [1, 2]
print(add(3, []))  # expect: [3]
n = 10
def show(x=n):
    return x
n = 20
print(show())  # expect: 10
