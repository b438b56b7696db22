from decimal import *
seed = 7
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(60):
    getcontext().prec = [28, 10, 5, 40][rnd(4)]
    a = Decimal('%d.%dE%d' % (1 + rnd(999), rnd(1000), rnd(10) - 5))
    b = Decimal('%d.%d' % (rnd(5), rnd(100)))
    if rnd(2): b = -b
    r = []
    for f in (lambda: a.exp() if a < 100 else a, lambda: a.ln(), lambda: a.log10(), lambda: a ** b, lambda: a.sqrt()):
        try: r.append(str(f()))
        except Exception as e: r.append(type(e).__name__)
    print(getcontext().prec, a, b, r)
