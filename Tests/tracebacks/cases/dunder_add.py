class V:
    def __add__(self, other):
        return other.x + 1
v = V() + 5
