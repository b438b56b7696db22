class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), 16 in s, 15 in s, sorted(s, reverse=True), list(reversed(s)))
it = iter(s)
print(next(it), next(it), type(it).__name__)
a, b, *c = Squares(4)
print(a, b, c)
print(dict(enumerate(Squares(3))), sum(Squares(4)), max(Squares(6)))
