name, n, pi = "World", 7, 3.14159265
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}; pi ~ {pi:.3f}")
print(f"{name!r} {name!s} {'café'!a}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{n:x}|{n:#b}")
print(f"{{braces}} {n}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {len(d)} {d['k'][-1] * 2}")
print(f"{'nested' + ' expr'}", f"{3 if n > 5 else 4}")
print(f"{pi:10.4f}|{pi:<10.2e}|{1234567:,}|{0.25:%}|{0.5:.0%}")
print(f"""multi
{name}
line""")
print(f"{n=}", f"{pi=:.2f}", f"{name=!s}", f"{n + 1 = }")
