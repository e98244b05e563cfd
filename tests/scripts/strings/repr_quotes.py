# repr() picks quotes to avoid escaping.
print(repr("hello"))  # expect: 'hello'
print(repr("it's"))  # expect: "it's"
print(repr('a"b'))  # expect: 'a"b'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(str("it's"))  # expect: it's
print(["a", "b'c"])  # expect: ['a', "b'c"]
