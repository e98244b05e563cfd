# // and % by zero have their own message.
n = 0
print(10 // n)  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
