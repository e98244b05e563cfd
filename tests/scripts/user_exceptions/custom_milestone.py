# A user exception class caught by its base.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key
try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.key)  # expect: ConfigError missing key: port port
raise ConfigError("host")  # expect runtime error: ConfigError: missing key: host
