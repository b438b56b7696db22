class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return self.k % 3
    def __eq__(self, other):
        print("eq", self.k, other.k)
        return self.k == other.k
d = {Key(1): "one"}
print(d[Key(1)])
d[Key(4)] = "four"
print(len(d))
print(Key(7) in d)
