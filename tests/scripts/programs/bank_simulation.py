# A small bank simulation with closures and a transaction log.
def open_account(owner, balance=0):
    history = []
    def apply(kind, amount):
        nonlocal balance
        if kind == "withdraw" and amount > balance:
            history.append("refused " + str(amount))
            return False
        balance += amount if kind == "deposit" else -amount
        history.append(kind + " " + str(amount))
        return True
    def report():
        return owner + ": " + str(balance) + " " + str(history)
    return apply, report
apply, report = open_account("ann", 10)
apply("deposit", 5)
apply("withdraw", 30)
apply("withdraw", 12)
print(report())  # expect: ann: 3 ['deposit 5', 'refused 30', 'withdraw 12']
