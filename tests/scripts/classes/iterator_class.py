# An __iter__/__next__ class works in for loops, list(), sum() and unpacking.
class CountDown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in CountDown(3):
    print(i)
# expect: 3
# expect: 2
# expect: 1
print(list(CountDown(4)), sum(CountDown(10)))  # expect: [4, 3, 2, 1] 55
a, b = CountDown(2)
print(a, b, max(CountDown(6)), sorted(CountDown(3)))  # expect: 2 1 6 [1, 2, 3]
it = CountDown(1)
print(next(it), next(it, "done"))  # expect: 1 done
