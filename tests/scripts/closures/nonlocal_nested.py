# nonlocal reaches the nearest enclosing function scope.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    m = middle()
    return m, x
print(outer())  # expect: ('changed', 'outer')
