# dict.pop of a missing key without a default.
d = {}
d.pop("gone")  # expect runtime error: KeyError: 'gone'
