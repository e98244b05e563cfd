# Non-ASCII text is written as UTF-8 and read back by characters, not bytes.
path = "/tmp/minipy_test_files_unicode_roundtrip.txt"
text = "héllo wörld ✓ 日本語 🐍\n"
with open(path, "w", encoding="utf-8") as f:
    print(f.write(text))  # expect: 20
with open(path, "rb") as f:
    print(len(f.read()))  # expect: 33
with open(path, encoding="utf-8") as f:
    print(f.read() == text)  # expect: True
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())  # expect: b'caf\xe9'
with open(path, encoding="latin-1") as f:
    print(f.read())  # expect: café
