# A custom __init__ that calls super().__init__(msg) sets args and str().
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__("%d %s" % (status, reason))
        self.status = status
        self.reason = reason
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e)  # expect: 404 Not Found
    print(e.args)  # expect: ('404 Not Found',)
    print(e.status, e.reason)  # expect: 404 Not Found
    print(repr(e))  # expect: HttpError('404 Not Found')
