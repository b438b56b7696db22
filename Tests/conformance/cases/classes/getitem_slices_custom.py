class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m[0], m[1, 2], m[0, -1], m[-1][0])
m[0, 0] = 99
print(m.rows)
print(m[0:1])
