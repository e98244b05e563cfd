# A user exception class can carry methods and class attributes.
class HttpError(Exception):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code
    def is_client_error(self):
        return 400 <= self.code < 500
class NotFound(HttpError):
    code = 404
for e in [HttpError("x"), NotFound("y"), HttpError("z", 403)]:
    print(type(e).__name__, e.code, e.is_client_error(), e)
# expect: HttpError 500 False x
# expect: NotFound 404 True y
# expect: HttpError 403 True z
