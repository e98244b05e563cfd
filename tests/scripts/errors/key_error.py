# Missing dict key, uncaught: the message is the key's repr.
d = {"a": 1}
print(d["x"])  # expect runtime error: KeyError: 'x'
