# __exit__ can inspect the exception's args and custom attributes.
class ApiError(Exception):
    def __init__(self, code):
        super().__init__("api error " + str(code))
        self.code = code
class Handler:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ApiError and exc.code < 500:
            print("handled", exc.code, exc.args)
            return True
        return False
with Handler():
    raise ApiError(404)
# expect: handled 404 ('api error 404',)
with Handler():
    raise ApiError(503)  # expect runtime error: ApiError: api error 503
