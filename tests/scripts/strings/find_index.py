# find/rfind return -1 when absent; index raises.
s = "hello world"
print(s.find("o"))  # expect: 4
print(s.rfind("o"))  # expect: 7
print(s.find("z"))  # expect: -1
print(s.find("o", 5))  # expect: 7
print(s.index("world"))  # expect: 6
try:
    s.index("z")
except ValueError as e:
    print(e)  # expect: substring not found
