# 1 MB through `cat` both ways at once: communicate() interleaves writing
# and reading, so neither pipe fills up and blocks; text mode too.
import subprocess

data = bytes(range(256)) * 4096
print(len(data))  # expect: 1048576
out, err = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE).communicate(data)
print(len(out), out == data, err)  # expect: 1048576 True b''

r = subprocess.run(["sh", "-c", "cat; cat >&2 < /dev/null"], input=data, capture_output=True, timeout=20)
print(len(r.stdout), r.stdout == data)  # expect: 1048576 True

text = "".join("line %d é\n" % i for i in range(80000))
r = subprocess.run(["cat"], input=text, capture_output=True, text=True)
print(len(text) > 10**6, r.stdout == text)  # expect: True True

# Reading a big output with read() while the child writes it.
p = subprocess.Popen(["sh", "-c", "head -c 1048576 /dev/zero"], stdout=subprocess.PIPE)
blob = p.stdout.read()
print(len(blob), blob.count(b"\0"), p.wait())  # expect: 1048576 1048576 0
p.stdout.close()
# And line by line.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate(text)
print(len(out.splitlines()), out.splitlines()[-1])  # expect: 80000 line 79999 é
