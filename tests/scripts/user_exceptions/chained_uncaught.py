# An uncaught chained exception: the last stderr line is the outermost one.
class StorageError(Exception):
    pass
def save():
    try:
        {}["disk"]
    except KeyError as e:
        raise StorageError("cannot save") from e  # expect runtime error: StorageError: cannot save
print("saving")  # expect: saving
save()
