# A false link stops the chain: later operands are not evaluated.
def loud(v):
    print("eval", v)
    return v
print(loud(3) < loud(1) < loud(2))
# expect: eval 3
# expect: eval 1
# expect: False
