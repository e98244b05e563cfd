# Two closures over one variable share it.
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = pair()
print(get())  # expect: 0
put(42)
print(get())  # expect: 42
