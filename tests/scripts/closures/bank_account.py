# A bank account built from closures over a balance.
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient funds"
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = account(100)
print(dep(50))  # expect: 150
print(wd(30))  # expect: 120
print(wd(500))  # expect: insufficient funds
dep2, wd2 = account(0)
print(dep2(1), wd(20))  # expect: 1 100
