from decimal import *
import decimal
seed = 42
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
def rdec():
    k = rnd(6)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(30)))
    e = rnd(40) - 20
    s = ('-' if rnd(2) else '') + digits + 'E' + str(e)
    if k == 0: s = ('-' if rnd(2) else '') + str(rnd(100))
    return Decimal(s)
modes = [ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
out = []
for i in range(400):
    ctx = getcontext()
    ctx.prec = 1 + rnd(40)
    ctx.rounding = modes[rnd(8)]
    a, b = rdec(), rdec()
    res = []
    for op in ('+', '-', '*', '/', '//', '%'):
        try:
            res.append(str(eval('a %s b' % op)))
        except Exception as e:
            res.append(type(e).__name__)
    try: res.append(str(abs(a).sqrt()))
    except Exception as e: res.append(type(e).__name__)
    try: res.append(str(a ** (rnd(7) - 3)))
    except Exception as e: res.append(type(e).__name__)
    try: res.append(str(a.quantize(Decimal('1E%d' % (rnd(10) - 5)))))
    except Exception as e: res.append(type(e).__name__)
    res.append(format(a, ['', '.3f', ',.2f', '.5g', '.4e', '%', ',', '>20.3', '+.1f'][rnd(9)]))
    res.append(str(+a)); res.append(str(a.normalize())); res.append(a < b); res.append(str(a.to_integral_value()))
    print(i, ctx.prec, ctx.rounding, a, b, res)
