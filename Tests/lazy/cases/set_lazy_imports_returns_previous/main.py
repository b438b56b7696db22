import importlib
p1 = importlib.set_lazy_imports(True, excluding={"zz"}, eager={"yy"})
print(p1[0], p1[1], p1[2])
p2 = importlib.set_lazy_imports(False)
print(p2[0], sorted(p2[1]), sorted(p2[2]))
p3 = importlib.set_lazy_imports(True)
print(p3[0], p3[1], p3[2])
print(type(p3).__name__, len(p3))
