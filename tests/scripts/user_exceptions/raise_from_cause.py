# raise X from Y sets __cause__ and __suppress_context__.
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing " + key) from e
try:
    load({}, "port")
except ConfigError as e:
    print(e)  # expect: missing port
    print(type(e.__cause__).__name__, repr(e.__cause__))  # expect: KeyError KeyError('port')
    print(e.__suppress_context__)  # expect: True
    print(e.__context__ is e.__cause__)  # expect: True
