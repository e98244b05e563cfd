# for over a range; the loop variable persists after the loop.
total = 0
for i in range(1, 101):
    total += i
print(total)  # expect: 5050
print(i)  # expect: 100
for j in range(0):
    pass
try:
    print(j)
except NameError as e:
    print(e)  # expect: name 'j' is not defined
