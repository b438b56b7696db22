for n in [0, 5, 15, 25, 35, 45, 149, 150, 250, -150, -250, 12345, 10**20 + 5 * 10**18]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(type(round(5, 2)).__name__, round(True), type(round(True)).__name__, round(7, None))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), ndigits=-1))
for bad in ["x", [1], None]:
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError", e)
