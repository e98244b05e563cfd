# Handlers for a base user exception catch every subclass.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    pass
class UiError(AppError):
    pass
for cls in [ConnError, DbError, UiError, AppError]:
    try:
        raise cls("x")
    except DbError as e:
        print("db handler:", type(e).__name__)
    except AppError as e:
        print("app handler:", type(e).__name__)
# expect: db handler: ConnError
# expect: db handler: DbError
# expect: app handler: UiError
# expect: app handler: AppError
