import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
seed = 3
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(120):
    n = 2 + rnd(30)
    kind = rnd(4)
    if kind == 0:
        data = [rnd(1000) - 300 for _ in range(n)]
    elif kind == 1:
        data = [(rnd(100000) - 30000) / (1 + rnd(97)) for _ in range(n)]
    elif kind == 2:
        data = [F(rnd(1000) - 300, 1 + rnd(20)) for _ in range(n)]
    else:
        data = [D(rnd(100000) - 3000) / D(1 + rnd(40)) for _ in range(n)]
    r = [st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data),
         st.mode(data), len(st.multimode(data))]
    if kind < 2:
        r += [st.fmean(data), st.quantiles(data, n=1 + rnd(10)), st.quantiles(data, n=4, method='inclusive'), st.median_grouped(data, 1 + rnd(3))]
    print(i, kind, r)
