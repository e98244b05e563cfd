# Triple-quoted strings span lines and keep quotes.
s = """line one
line "two"
'three'"""
print(s)
# expect: line one
# expect: line "two"
# expect: 'three'
print(len(s.split("\n")))  # expect: 3
t = '''a
b'''
print(repr(t))  # expect: 'a\nb'
