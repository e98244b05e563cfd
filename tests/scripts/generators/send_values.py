# send() resumes the generator with a value: the result of the yield expression.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(avg.send(None))   # expect: None
print(avg.send(10))     # expect: 10.0
print(avg.send(20))     # expect: 15.0
print(avg.send(3))      # expect: 11.0

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)

e = echo()
print(next(e))          # expect: ready
print(e.send(1))        # expect: got 1
print(next(e))          # expect: got None
print(e.send([2, 3]))   # expect: got [2, 3]
