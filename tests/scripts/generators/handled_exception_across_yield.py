# A yield inside an except block: the consumer's handled exception is its
# own, and the generator's comes back when it resumes (CPython swaps the
# exception state per generator).
import sys

def gen():
    try:
        raise KeyError("gen's")
    except KeyError:
        yield repr(sys.exc_info()[1])
        # Resumed: the generator is handling its own exception again.
        yield repr(sys.exc_info()[1])
        try:
            raise
        except KeyError as e:
            yield "re-raised " + repr(e)
    yield repr(sys.exc_info()[1])

g = gen()
print(next(g))                  # expect: KeyError("gen's")
print(sys.exc_info()[1])        # expect: None
try:
    raise ValueError("consumer's")
except ValueError:
    print(next(g))              # expect: KeyError("gen's")
    print(repr(sys.exc_info()[1]))   # expect: ValueError("consumer's")
    print(next(g))              # expect: re-raised KeyError("gen's")
    print(repr(sys.exc_info()[1]))   # expect: ValueError("consumer's")
    # Outside its own except block the generator sees the consumer's exception.
    print(next(g))              # expect: ValueError("consumer's")
print(sys.exc_info()[1])        # expect: None

# An exception raised in a generator chains the consumer's as its context.
def fails():
    yield 1
    raise IndexError("in gen")

f = fails()
next(f)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(f)
    except IndexError as e:
        print(repr(e.__context__))   # expect: ValueError('outer')
