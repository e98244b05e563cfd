# PEP 479: a StopIteration escaping a generator body becomes RuntimeError,
# so it cannot silently end the consumer's loop.
def leaky():
    yield 1
    next(iter([]))   # raises StopIteration inside the generator
    yield 2

try:
    for x in leaky():
        print(x)     # expect: 1
except RuntimeError as e:
    print(e)                           # expect: generator raised StopIteration
    print(type(e.__cause__).__name__)  # expect: StopIteration
    print(e.__suppress_context__)      # expect: True

def raises_directly():
    raise StopIteration("explicit")
    yield

print(list(raises_directly()))  # expect runtime error: RuntimeError: generator raised StopIteration
