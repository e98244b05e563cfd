# print's sep and end keywords.
print("a", "b", "c", sep="-")  # expect: a-b-c
print("no newline", end="")
print(" joined")  # expect: no newline joined
print(1, 2, sep="")  # expect: 12
print()  # expect:
print("x", end="!\n")  # expect: x!
print(*[1, 2, 3])  # expect: 1 2 3
print("a", None, 3.0, sep=", ")  # expect: a, None, 3.0
