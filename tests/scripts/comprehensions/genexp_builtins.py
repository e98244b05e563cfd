# Generator expressions passed straight to sum, any, all, max, min and sorted.
nums = [4, -2, 7, 0, 3]
print(sum(n * n for n in nums))  # expect: 78
print(any(n < 0 for n in nums), all(n < 10 for n in nums))  # expect: True True
print(max(abs(n) for n in nums), min(n for n in nums if n > 0))  # expect: 7 3
print(sorted(-n for n in nums))  # expect: [-7, -4, -3, 0, 2]
print(sum((n for n in nums), 100))  # expect: 112
print(max((len(w), w) for w in ["aa", "b", "ccc"]))  # expect: (3, 'ccc')
