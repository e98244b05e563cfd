# %s uses str() and %r uses repr(), for any object.
print("%s|%r" % ("text", "text"))  # expect: text|'text'
print("%s %s %s" % (1, 2.5, None))  # expect: 1 2.5 None
print("%r %r" % ([1, "a"], {"k": (1,)}))  # expect: [1, 'a'] {'k': (1,)}
print("%s" % [1, 2])  # expect: [1, 2]
print("%s" % "single")  # expect: single
print("%s" % (("nested", "tuple"),))  # expect: ('nested', 'tuple')
