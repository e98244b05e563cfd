# finally runs on break and continue.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally", i)
# expect: finally 0
# expect: finally 1
print("after loop", i)  # expect: after loop 1
