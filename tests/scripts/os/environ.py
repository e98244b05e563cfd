# os.environ and os.getenv: reading, defaults, changes seen by getenv and
# by children.
import os
import subprocess

os.environ["MINIPY_ENV_TEST"] = "value"
print(os.environ["MINIPY_ENV_TEST"], os.getenv("MINIPY_ENV_TEST"))  # expect: value value
print(os.getenv("MINIPY_ENV_MISSING"), os.getenv("MINIPY_ENV_MISSING", "dflt"))  # expect: None dflt
print("MINIPY_ENV_TEST" in os.environ, os.environ.get("MINIPY_ENV_MISSING"))  # expect: True None
print(subprocess.check_output(["sh", "-c", "echo $MINIPY_ENV_TEST"]))  # expect: b'value\n'
del os.environ["MINIPY_ENV_TEST"]
print(os.getenv("MINIPY_ENV_TEST"))  # expect: None
try:
    os.environ["MINIPY_ENV_MISSING"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'MINIPY_ENV_MISSING'
try:
    os.getenv(1)
except TypeError as e:
    print(e)  # expect: str expected, not int
print(isinstance(os.environ.get("PATH"), str))  # expect: True
