# Strings are sequences of code points.
s = "héllo"
print(len(s))  # expect: 5
print(s[1])  # expect: é
print(ord("é"))  # expect: 233
print(chr(233))  # expect: é
print(ord("A"), chr(97))  # expect: 65 a
print(len("日本語"), "日本語"[::-1])  # expect: 3 語本日
print("ÉCOLE".lower())  # expect: école
