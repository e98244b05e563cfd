# A Caesar cipher using ord/chr and modular arithmetic.
def shift(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.islower():
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif ch.isalpha():
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
secret = shift("Hello, World!", 3)
print(secret)  # expect: Khoor, Zruog!
print(shift(secret, -3))  # expect: Hello, World!
