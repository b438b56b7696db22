print("{0}{1}{0}".format("ab", "cd"))
print("{:>{}}".format("x", 5), "{:{}{}}".format(42, ">", 6))
print("{0:{1}}|{0:{2}}".format(3.14159, ".2f", "e"))
point = {"x": 1, "y": 2}
print("({x}, {y})".format(**point))
print("{0.__class__.__name__} {0.real} {1[0][1]}".format(5, [[1, 2]]))
print("%-6s|%6s|%.2s" % ("ab", "cd", "efgh"))
print("{!r:>10}".format("q"), "{:!<6}".format("w"))
