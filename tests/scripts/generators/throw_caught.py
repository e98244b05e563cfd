# throw() raises the exception at the paused yield; a handler there can
# keep going, and the next value yielded is throw()'s result.
def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"

g = resilient()
print(next(g))                      # expect: working
print(g.throw(ValueError("bad")))   # expect: caught ValueError('bad')
                                    # expect: recovered
print(next(g))                      # expect: working
print(g.throw(ValueError))          # expect: caught ValueError()
                                    # expect: recovered
next(g)
print(g.throw(ValueError, "text"))  # expect: caught ValueError('text')
                                    # expect: recovered
next(g)
print(g.throw(ValueError, ("a", 1)))  # expect: caught ValueError('a', 1)
                                      # expect: recovered
