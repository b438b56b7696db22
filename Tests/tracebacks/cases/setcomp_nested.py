rows = [[1], [2, 0]]
s = {1 // v for row in rows for v in row}
