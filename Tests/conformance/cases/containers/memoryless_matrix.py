rows, cols = 3, 4
m = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in m:
    print(" ".join(f"{v:2d}" for v in row))
t = [[m[r][c] for r in range(rows)] for c in range(cols)]
print(t)
print([sum(row) for row in m], [sum(col) for col in zip(*m)])
print(max(max(row) for row in m), [row[::-1] for row in m][0])
