# Extra attributes can be set on an exception instance, also after creation.
class RetryError(Exception):
    attempts = 0
try:
    err = RetryError("gave up")
    err.attempts = 3
    err.last = "timeout"
    raise err
except RetryError as e:
    print(e, e.attempts, e.last)  # expect: gave up 3 timeout
    print(e is err)  # expect: True
print(RetryError.attempts, RetryError("x").attempts)  # expect: 0 0
