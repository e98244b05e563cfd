# nontest
# A helper module imported by import_helper.py.
NAME = __name__
def double(x):
    return x * 2
