# Methods call each other through self.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.report()
    def withdraw(self, amount):
        if amount > self.balance:
            return "refused"
        self.balance -= amount
        return self.report()
    def report(self):
        return self.owner + ": " + str(self.balance)
acc = Account("ann", 10)
print(acc.deposit(5))  # expect: ann: 15
print(acc.withdraw(100))  # expect: refused
print(acc.withdraw(7))  # expect: ann: 8
