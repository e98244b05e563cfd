# sys.getswitchinterval() is 0.005 by default; setswitchinterval() round
# trips; it must be strictly positive and a real number.
import sys

print(sys.getswitchinterval())  # expect: 0.005
print(sys.setswitchinterval(0.001))  # expect: None
print(sys.getswitchinterval())  # expect: 0.001
sys.setswitchinterval(0.25)
print(sys.getswitchinterval())  # expect: 0.25
sys.setswitchinterval(1)
print(sys.getswitchinterval())  # expect: 1.0
for bad in (0, -0.5, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
# expect: switch interval must be strictly positive
# expect: switch interval must be strictly positive
# expect: switch interval must be strictly positive
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)  # expect: must be real number, not str
print(sys.getswitchinterval())  # expect: 1.0
