def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens2():
    return [(lambda i: (i * j for j in range(3)))(i) for i in range(3)]
print([list(g) for g in make_gens2()])
