# upper, lower, title, capitalize, swapcase.
s = "hello World"
print(s.upper())  # expect: HELLO WORLD
print(s.lower())  # expect: hello world
print(s.title())  # expect: Hello World
print("hELLO wORLD".capitalize())  # expect: Hello world
print(s.swapcase())  # expect: HELLO wORLD
print("it's".title())  # expect: It'S
