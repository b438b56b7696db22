import statistics as st
from fractions import Fraction as F
samples = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25], [0.1, 0.2, 0.3], [F(1, 3), F(1, 2), 2],
           [1, 2.5, F(1, 4)], [10 ** 20, 1, 3], [-1.5, 2, 7, 7, 8.125], [5, 5, 5, 5], [1, 1, 2]]
for s in samples:
    print(st.variance(s), st.pvariance(s), st.stdev(s), st.pstdev(s))
print(repr(st.variance([1, 2, 3])), repr(st.pvariance([1, 2, 3, 4])), repr(st.variance([F(1, 2), F(3, 2)])))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
seed = 987
vals = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append((seed % 100000) / 7.0)
for k in range(2, 300, 11):
    d = vals[:k]
    print(k, st.variance(d), st.stdev(d), st.pvariance(d), st.pstdev(d))
ints = [int(v) for v in vals]
for k in range(2, 300, 37):
    d = ints[:k]
    print(k, st.variance(d), st.stdev(d), st.pvariance(d), st.pstdev(d))
