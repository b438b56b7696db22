class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __bytes__(self):
        return str(self.cents).encode()
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, ""), bytes(m))
