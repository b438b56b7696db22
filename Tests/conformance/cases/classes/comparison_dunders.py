class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(2) > Version(1), Version(2) >= Version(2))
print(Version(1) == "1", len({Version(1), Version(1), Version(2)}))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([Version(1), 3])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
