import statistics as st
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10))
print(st.quantiles(data), st.quantiles(data, method='inclusive'), st.quantiles(data, n=1))
print(st.quantiles([1.5, 2.25], n=5), st.quantiles([1, 2], n=3, method='inclusive'), st.quantiles([3, 1, 2, 9, 4.5], n=7))
print(st.quantiles(range(1, 11), n=4), st.quantiles([2, 2, 2], n=6))
print(issubclass(st.StatisticsError, ValueError))
for expr in ['st.mean([])', 'st.median([])', 'st.median_low([])', 'st.median_high([])', 'st.mode([])', 'st.stdev([1])',
             'st.variance([1])', 'st.pvariance([])', 'st.pstdev([])', 'st.quantiles([1])', 'st.quantiles([1,2],n=0)',
             'st.quantiles([1,2],method="x")', 'st.fmean([])', 'st.harmonic_mean([-1])', 'st.geometric_mean([])',
             'st.geometric_mean([1, -2])', 'st.mean([1,2,"a"])', 'st.fmean([1], weights=[1, 2])']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y))
for expr in ['st.covariance([1], [2])', 'st.covariance([1, 2], [1])', 'st.correlation([1, 1], [1, 2])']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
