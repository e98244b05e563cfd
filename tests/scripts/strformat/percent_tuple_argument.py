# A tuple right operand is the argument list; wrap a tuple to print it.
t = (1, 2)
print("%s-%s" % t)  # expect: 1-2
print("%s" % (t,))  # expect: (1, 2)
print("%r" % ((),))  # expect: ()
try:
    print("%s" % t)
except TypeError as e:
    print(e)  # expect: not all arguments converted during string formatting
msg = "%d items"
msg %= 3
print(msg)  # expect: 3 items
