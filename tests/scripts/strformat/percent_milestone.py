# printf-style % formatting.
print("%s has %d items" % ("cart", 3))  # expect: cart has 3 items
print("%5.2f|%-4s|%03d" % (3.14159, "ab", 7))  # expect:  3.14|ab  |007
print("%r %x %%" % ("q", 255))  # expect: 'q' ff %
print("%(a)s-%(b)s" % {"a": 1, "b": 2})  # expect: 1-2
