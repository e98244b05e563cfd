# int() from strings, with bases and surrounding whitespace.
print(int("42"))  # expect: 42
print(int(" 42 "))  # expect: 42
print(int("-17"))  # expect: -17
print(int("ff", 16))  # expect: 255
print(int("0xff", 16))  # expect: 255
print(int("101", 2))  # expect: 5
print(int("z", 36))  # expect: 35
print(int("1_000"))  # expect: 1000
print(int("+7"))  # expect: 7
