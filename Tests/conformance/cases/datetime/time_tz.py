from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR
t = time(3, 4, 5)
for x in [time(), time(3), time(3, 4), t, time(3, 4, 5, 6), time(23, 59, 59, 999999), time(1, 2, tzinfo=timezone.utc), time(1, 2, 3, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), time(5, fold=1)]:
    print(repr(x), str(x), x.isoformat('minutes'), x.isoformat('milliseconds'), x.utcoffset(), x.tzname(), x.dst())
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.replace(hour=9), t.strftime('%H|%M|%S|%f|%I %p|%Y'), format(t, '%H.%M'), format(t))
print(t < time(4), t == time(3, 4, 5), t != time(3), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=UTC))
print(time.min, time.max, time.resolution, repr(time.fromisoformat('12:30')), time.fromisoformat('12:30:45.123'), repr(time.fromisoformat('01:02:03+01:00')))
for tz in [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), 'EST'), timezone(timedelta(hours=5, minutes=30)),
           timezone(timedelta(seconds=-3601)), timezone(timedelta(0), 'UTC'), timezone.min, timezone.max, timezone(timedelta(microseconds=1))]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone.utc is timezone(timedelta(0)), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'), MINYEAR, MAXYEAR)
for expr in ['timezone(5)', 'timezone(timedelta(hours=24))', 'timezone(timedelta(0), 5)', 'time(24)', 'time(1, 60)', 'time(1, 1, 60)', 'time(1, 1, 1, 10**6)', 'time(1, tzinfo=1)',
             'time(1, tzinfo=timezone.utc) < time(1)', 'time(1, 2).isoformat("foo")', 'time.fromisoformat("25:00")', 'timezone.utc.utcoffset(5)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
dt = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
for tz in [timezone(timedelta(hours=-5), 'EST'), timezone(timedelta(hours=9)), timezone.utc]:
    c = dt.astimezone(tz)
    print(repr(c), c, c.tzname(), c.utcoffset(), c == dt, c.strftime('%Y-%m-%d %H:%M:%S %z %Z'))
class Fixed(tzinfo):
    def __init__(self, minutes):
        self.off = timedelta(minutes=minutes)
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'FIX%+d' % (self.off // timedelta(minutes=1))
f = Fixed(90)
x = datetime(2024, 6, 1, 10, 30, tzinfo=f)
print(x.isoformat(), x.utcoffset(), x.tzname(), x.dst(), x.astimezone(timezone.utc), x.strftime('%z %Z'), x.utctimetuple())
print(datetime(2024, 6, 1, 9, tzinfo=timezone.utc).astimezone(f).isoformat(), x - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(x.timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=30))).isoformat(), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-1, microseconds=-5))).strftime('%z'))
