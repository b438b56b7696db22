from datetime import date, datetime, timedelta, timezone, time
seed = 11
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(200):
    o = 1 + rnd(3652059)
    d = date.fromordinal(o)
    iso = d.isocalendar()
    print(o, d, d.weekday(), iso, date.fromisocalendar(*iso) == d, d.strftime('%a %b %j %U %W %G %V %u %y'), d.toordinal() == o, d.isoformat(), date.fromisoformat(d.isoformat()) == d)
for i in range(150):
    args = {}
    for k in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'):
        if rnd(3) == 0:
            v = rnd(20000) - 10000
            if rnd(2):
                v = v / (1 + rnd(97))
            args[k] = v
    td = timedelta(**args)
    m = (rnd(2000) - 1000) / (1 + rnd(13))
    print(sorted(args.items()), repr(td), str(td), td.total_seconds(), repr(td * m), repr(td / (1 + rnd(9))), repr(td // (1 + rnd(9))), repr(td / (m or 1.0)))
for i in range(100):
    ts = (rnd(4 * 10 ** 9) - 10 ** 9) + rnd(10 ** 6) / 10 ** 6
    dt = datetime.fromtimestamp(ts, timezone.utc)
    off = timezone(timedelta(minutes=rnd(1440) - 720))
    loc = dt.astimezone(off)
    print(repr(ts), dt.isoformat(), loc.isoformat(), loc.timestamp() == dt.timestamp(), repr(datetime.utcfromtimestamp(ts)), (loc - dt), loc.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %I %p'))
