# A bare `class AppError(Exception): pass` keeps Exception's args/str/repr.
class AppError(Exception):
    pass
try:
    raise AppError("boom", 42)
except AppError as e:
    print(e.args)  # expect: ('boom', 42)
    print(str(e))  # expect: ('boom', 42)
    print(repr(e))  # expect: AppError('boom', 42)
try:
    raise AppError("single")
except AppError as e:
    print(str(e), repr(e), e.args)  # expect: single AppError('single') ('single',)
