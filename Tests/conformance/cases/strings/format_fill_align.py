rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
print(f"{'name':<12}{'price':>8}{'qty':>5}")
print("-" * 25)
for name, price, qty in rows:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}")
print(f"{'total':<12}{sum(p * q for _, p, q in rows):>8.2f}")
print("{:=^25}".format(" end "))
print("|{:<6}|{:^6}|{:>6}|".format(1, 2, 3))
print("|{:6}|{:6}|".format("s", 5))
