# center, ljust, rjust, zfill.
print("[" + "ab".center(6) + "]")  # expect: [  ab  ]
print("[" + "ab".center(7, "*") + "]")  # expect: [***ab**]
print("[" + "ab".ljust(5) + "]")  # expect: [ab   ]
print("[" + "ab".rjust(5, ".") + "]")  # expect: [...ab]
print("42".zfill(5))  # expect: 00042
print("-42".zfill(5))  # expect: -0042
print("abc".center(2))  # expect: abc
