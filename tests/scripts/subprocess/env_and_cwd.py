# env= replaces the child's environment (PATH then defaults to
# /bin:/usr/bin), env=None passes os.environ with the script's changes;
# cwd= runs the child in another directory.
import os
import subprocess

r = subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True, text=True)
print(r.stdout, end="")  # expect: ONLY=this
r = subprocess.run("echo \"$A|$B\"", shell=True, env={"A": "1", "B": "two words"}, capture_output=True, text=True)
print(r.stdout, end="")  # expect: 1|two words
os.environ["MINIPY_TEST_VAR"] = "from parent"
print(subprocess.check_output("echo $MINIPY_TEST_VAR", shell=True, text=True), end="")  # expect: from parent
del os.environ["MINIPY_TEST_VAR"]
print(repr(subprocess.check_output("echo $MINIPY_TEST_VAR", shell=True, text=True)))  # expect: '\n'
print(subprocess.check_output(["sh", "-c", "echo $HOME"], env={"HOME": "/nowhere"}))  # expect: b'/nowhere\n'
try:
    subprocess.run(["true"], env={"A=B": "x"})
except ValueError as e:
    print(e)  # expect: illegal environment variable name

print(subprocess.check_output(["pwd"], cwd="/tmp", text=True), end="")  # expect: /tmp
print(subprocess.check_output("pwd", shell=True, cwd="/", text=True), end="")  # expect: /
here = os.getcwd()
print(subprocess.check_output(["pwd"], text=True).strip() == here)  # expect: True
print(os.getcwd() == here)  # expect: True
