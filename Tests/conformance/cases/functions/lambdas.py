sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print(sq.__name__, (lambda: 0).__name__)
