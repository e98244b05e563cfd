# Naive recursive Fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(0), fib(1), fib(10))  # expect: 0 1 55
print(fib(20))  # expect: 6765
