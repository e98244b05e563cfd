# Exception args, str() and repr().
e = ValueError("x")
print(e.args)  # expect: ('x',)
print(str(e))  # expect: x
print(repr(e))  # expect: ValueError('x')
e2 = ValueError("a", 2)
print(e2.args, str(e2))  # expect: ('a', 2) ('a', 2)
e3 = RuntimeError()
print(repr(e3), "[" + str(e3) + "]")  # expect: RuntimeError() []
print(repr(KeyError("k")), str(KeyError("k")))  # expect: KeyError('k') 'k'
