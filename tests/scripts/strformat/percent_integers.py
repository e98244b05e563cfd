# %d %i %x %X %o format integers; floats are truncated by %d.
print("%d %i" % (42, -7))  # expect: 42 -7
print("%x %X %o" % (255, 255, 8))  # expect: ff FF 10
print("%#x %#o" % (255, 8))  # expect: 0xff 0o10
print("%d" % 3.99, "%d" % -3.99)  # expect: 3 -3
print("%d" % True)  # expect: 1
print("%d" % 10 ** 20)  # expect: 100000000000000000000
print("%x" % -255)  # expect: -ff
