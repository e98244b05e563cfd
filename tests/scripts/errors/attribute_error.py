# A missing attribute on a list.
xs = []
xs.foo()  # expect runtime error: AttributeError: 'list' object has no attribute 'foo'
