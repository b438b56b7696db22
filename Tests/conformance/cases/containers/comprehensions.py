print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({c for c in "mississippi" if c != "s"} == {"m", "i", "p"})
print(list(x ** 2 for x in range(4)), sum(x for x in range(10)), max(len(w) for w in ["a", "bcd", "ef"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([y for row in matrix for y in row])
x = "outer"
print([x for x in "ab"], x)
