class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, balance={self.balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, account):
        self.accounts[account.id] = account
        return account
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account("alice", 100))
b = bank.open(SavingsAccount("bob", 1000, rate=0.05))
bank.transfer(a.id, b.id, 40)
print(a, b)
print("interest:", b.add_interest())
for src, dst, amt in [(1, 2, 500), (2, 1, 60), (1, 2, -5)]:
    try:
        bank.transfer(src, dst, amt)
        print("transfer ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("failed:", e, "| needed", e.needed)
    except ValueError as e:
        print("invalid:", e)
print(a.history, b.history)
print("total", bank.total())
