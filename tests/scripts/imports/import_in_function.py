# An import inside a function binds a local name only.
def f():
    import mod_greet
    from mod_greet import NAME
    return mod_greet.hello(NAME)
print(f())  # expect: hello, greet
print("mod_greet" in globals(), "NAME" in globals())  # expect: False False
