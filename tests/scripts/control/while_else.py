# while/else: else runs only when the loop ends without break.
n = 0
while n < 3:
    n += 1
else:
    print("else ran", n)  # expect: else ran 3
n = 0
while n < 10:
    if n == 2:
        break
    n += 1
else:
    print("not reached")
print("stopped at", n)  # expect: stopped at 2
