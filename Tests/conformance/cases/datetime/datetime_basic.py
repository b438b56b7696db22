from datetime import datetime, date, time, timedelta, timezone
import datetime as D
dt = datetime(2024, 1, 2, 3, 4, 5)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='milliseconds'))
for x in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 0, 0, 7), datetime(2024, 1, 2, 0, 0, 0, 5), datetime(2024, 12, 31, 23, 59, 59, 999999)]:
    print(repr(x), str(x), x.isoformat(timespec='microseconds'), x.isoformat(timespec='hours'))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.timetz()), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime(), dt.toordinal())
print(dt.timetuple())
print(dt + timedelta(hours=22), dt - timedelta(days=400), dt - datetime(2023, 12, 31), datetime(2023, 12, 31) - dt, timedelta(seconds=1) + dt)
print(dt.replace(hour=23, microsecond=10), dt.replace(year=2023), repr(dt.replace(tzinfo=timezone.utc)))
print(datetime.combine(date(2020, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2020, 5, 6), time(7, 8), tzinfo=timezone(timedelta(hours=2)))))
print(dt < datetime(2024, 1, 2, 3, 4, 6), dt == datetime(2024, 1, 2, 3, 4, 5), dt == date(2024, 1, 2), dt != date(2024, 1, 2), dt > datetime.min)
print(datetime.min, datetime.max, repr(datetime.max), datetime.resolution)
print(datetime.fromisoformat('2024-01-02T03:04:05.123+05:30'), repr(datetime.fromisoformat('20240102T030405Z')), datetime.fromisoformat('2024-01-02'),
      datetime.fromisoformat('2024-01-02 03:04'), datetime.fromisoformat('2024-01-02T03'), repr(datetime.fromisoformat('2024-01-02T03:04:05-08:00')),
      datetime.fromisoformat('2024-01-02T03:04:05.5'), datetime.fromisoformat('2024-01-02T03:04:05,123456'))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.25), datetime.fromtimestamp(86400 * 365, timezone.utc), datetime.fromtimestamp(1e9, timezone(timedelta(hours=-5))))
print(datetime(2024, 1, 2, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-1))).timestamp())
for expr in ['datetime(2020,13,1)', 'datetime(2020,1,1,24)', 'datetime(2020,1,1,fold=2)', 'datetime(2020,1,1,tzinfo=1)', 'datetime(9999,12,31)+timedelta(1)',
             'datetime(1,1,1)-timedelta(1)', 'datetime(2020,1,1,tzinfo=timezone.utc)<datetime(2020,1,1)', 'datetime(2020,1,1,tzinfo=timezone.utc)-datetime(2020,1,1)',
             'datetime.fromisoformat("2024-01-02X")', 'datetime.fromisoformat("2024-01-02T25:00")', 'datetime.fromisoformat("nope")', 'dt.isoformat(timespec="x")',
             'datetime(2020,1,1) < date(2020,1,1)', 'date(2020,1,1) < datetime(2020,1,1)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
n = datetime.now()
print(type(n).__name__, n.year >= 2024, datetime.now(timezone.utc).tzinfo, type(datetime.today()).__name__, type(datetime.utcnow()).__name__)
print(hash(datetime(2020, 1, 1, 12, tzinfo=timezone.utc)) == hash(datetime(2020, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))))
