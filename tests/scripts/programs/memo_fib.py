# Fibonacci memoised in a dict reaches big ints quickly.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(50))  # expect: 12586269025
print(fib(100))  # expect: 354224848179261915075
print(len(memo))  # expect: 101
