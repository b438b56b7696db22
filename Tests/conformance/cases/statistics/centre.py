import statistics as st
from fractions import Fraction as F
samples = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25], [0.1, 0.2, 0.3], [F(1, 3), F(1, 2), 2],
           [1, 2.5, F(1, 4)], [True, False, True], [10 ** 20, 1, 3], [-1.5, 2, 7, 7, 8.125], [1e300, 1e300, -1e300],
           [3], [5, 5, 5, 5]]
for s in samples:
    print(st.mean(s), st.fmean(s), st.median(s), st.median_low(s), st.median_high(s), st.median_grouped(s), st.mode(s), st.multimode(s))
print(repr(st.mean([1, 2, 3])), repr(st.mean([F(1, 2), F(1, 3)])), repr(st.median([1, 3])), repr(st.median([F(1), F(2)])))
print(st.mean(iter([1, 2, 3, 4, 5])), st.fmean(x for x in [1, 2, 4]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.mean([1, float('inf')]), st.mean([float('nan'), 1]))
print(st.mode('aabbbcc'), st.mode([1, 1, 2, 2]), st.multimode('aabbbccc'), st.multimode([]), st.mode(['x', 'y', 'y']))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([5]))
print(st.harmonic_mean([40, 60], weights=[5, 30]))
seed = 12345
vals = []
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append(seed / 2 ** 20 - 1000)
for k in range(5, 200, 13):
    d = vals[:k]
    print(k, st.mean(d), st.fmean(d), st.median(d))
