class BankError(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise BankError(f"insufficient funds: {balance} < {amount}")
    return balance - amount
print(withdraw(100, 30))
print(withdraw(10, 30))
