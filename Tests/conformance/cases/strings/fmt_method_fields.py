# str.format: auto and manual numbering, keywords, attribute and index chains, conversions, nested specs, escapes.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", {"k": "v", "7": "seven"}]
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "Point!"
p = Point(1, 2)
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}{1}".format("x", "y", "z"), "{0}{0}".format("r"))
print("{p.x},{p.y} {p.tags[0]} {p.tags[1][k]} {0.tags[1][7]} {q[1]}".format(p, p=p, q="xyz"))
print("{0!r} {0!s} {0!a} {0} {0:spec} {1!r:>8} {2!a}".format(p, "é", "ü€"))
print("{:{}}|{:{}.{}f}|{:{fill}^{w}}|{0:{1}}".format("ab", 5, 3.14159, 9, 2, "m", fill="*", w=7) if False else
      "{:{}}|{:{}.{}f}|{:{fill}^{w}}".format("ab", 5, 3.14159, 9, 2, "m", fill="*", w=7))
print("{{}} {{{0}}} }}{{ {{0}}".format(42), "{0:{{}}>5}".format("x") if False else "{:>{w}}".format("x", w=4))
print("{0[0]}{0[-1]!r}".format({0: "zero", "-1": "m1"}), "{a}".format(a=None), "{00}{01}".format("n", "o"))
print("{:d}|{:5}|{:<5}|{!r:^9}|".format(True, None.__class__.__name__, "é", "q"))
print("{x}-{y}".format_map({"x": 1, "y": [2]}))
class Missing(dict):
    def __missing__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Missing(world="W")))
print("".format(), "plain".format(1, 2, k=3), "{0}".format(*["star"]), "{k}".format(**{"k": "kw"}))
