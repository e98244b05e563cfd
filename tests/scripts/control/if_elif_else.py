# if/elif/else picks the first true branch.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print(classify(-5), classify(0), classify(3), classify(50))  # expect: negative zero small large
if 0:
    print("no")
elif []:
    print("no")
print("done")  # expect: done
