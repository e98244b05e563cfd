# + concatenates, * repeats.
a = "ab"
print(a + "cd")  # expect: abcd
print(a * 3)  # expect: ababab
print(3 * "-")  # expect: ---
print(a * 0 == "")  # expect: True
print("x" * -1 == "")  # expect: True
