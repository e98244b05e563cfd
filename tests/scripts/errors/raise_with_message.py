# A raised exception with a message.
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))  # expect runtime error: ValueError: negative: -3
    return n
check(1)
check(-3)
