from datetime import timedelta
import datetime
tds = [timedelta(1, 3600), timedelta(0), timedelta(microseconds=-1), timedelta(weeks=1, minutes=-1), timedelta(seconds=0.5),
       timedelta(days=1.5), timedelta(hours=-25.25), timedelta(milliseconds=1.5), timedelta(seconds=1e-7), timedelta(minutes=1, seconds=-0.0000015),
       timedelta(days=-3, hours=2, microseconds=7), timedelta(seconds=86400 * 3 + 5)]
for t in tds:
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
a, b = timedelta(days=1, hours=2), timedelta(hours=5, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 2 * b, a * 1.5, a * 0.1, a / 2, a / 7, a / 2.5, a / b, a // b, a // 7, a % b, divmod(a, b))
print(a > b, a < b, a == timedelta(hours=26), a != b, a >= a, b <= a, a == 5, sorted([a, b, -b]))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max), repr(timedelta.min))
print(timedelta(hours=1) // timedelta(minutes=7), timedelta(seconds=1) / 3, timedelta(seconds=0.5) * 0.5)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), {timedelta(1): 'x'}[timedelta(seconds=86400)])
for expr in ['timedelta(days=1e9)', 'timedelta(days=999999999) + timedelta(1)', 'timedelta(1)//0', 'timedelta(1)/0', 'timedelta(1) % timedelta(0)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(str(timedelta(days=-1)), str(timedelta(days=2, seconds=5, microseconds=10)), str(timedelta(days=-2, seconds=1)))
