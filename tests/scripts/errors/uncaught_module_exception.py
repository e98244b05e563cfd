# The last line of a traceback names an exception class by its module
# unless that is builtins or __main__: "subprocess.CalledProcessError: ...".
import subprocess

subprocess.run(["false"], check=True)
# expect status: 1
