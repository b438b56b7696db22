for a in (-7, -1, 0, 1, 7):
    row = []
    for b in (-3, -2, 2, 3):
        row.append(f"{a // b}/{a % b}")
    print(a, " ".join(row))
for a in (-7.5, 7.5):
    print([(a // b, a % b) for b in (-2, 2)])
