# try inside a loop: continue after handling each failure.
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
print(results)  # expect: [1, None, 3, None, 5]
