# Lists cannot be set members.
try:
    s = {[1, 2]}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
s = {(1, 2)}
print(s)  # expect: {(1, 2)}
