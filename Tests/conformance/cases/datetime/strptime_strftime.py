from datetime import datetime, timezone, timedelta
cases = [
    ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'),
    ('2/3/24', '%m/%d/%y'),
    ('1/2/69', '%m/%d/%y'),
    ('31 December 1999', '%d %B %Y'),
    ('31 dec 1999', '%d %b %Y'),
    ('Tue Jan  2 03:04:05 2024', '%c'),
    ('01/02/24 03:04:05', '%x %X'),
    ('07:30 PM', '%I:%M %p'),
    ('12:15 am', '%I:%M %p'),
    ('12:15 PM', '%I:%M %p'),
    ('2024 060', '%Y %j'),
    ('2023 365', '%Y %j'),
    ('2024-01-02T03:04:05.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('2024-01-02 03:04:05 -08:00', '%Y-%m-%d %H:%M:%S %z'),
    ('2024-01-02 Z', '%Y-%m-%d %z'),
    ('2024-01-02 +0000 UTC', '%Y-%m-%d %z %Z'),
    ('2024-01-02 UTC', '%Y-%m-%d %Z'),
    ('20240102', '%Y%m%d'),
    ('1231', '%m%d'),
    ('Monday 2024-01-01', '%A %Y-%m-%d'),
    ('5', '%f'),
    ('100%', '%H%%'),
    ('  2024  ', ' %Y '),
    ('2024\t1', '%Y %m'),
    ('2024 1 3', '%Y %W %w'),
    ('2024 0 0', '%Y %U %w'),
]
for s, f in cases:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), repr(f), repr(r))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
for s, f in [('x', '%Y'), ('2020x', '%Y'), ('2020', '%Q'), ('2020', '%Y%'), ('2020-02-30', '%Y-%m-%d'), ('13', '%m'), ('29 2', '%d %m'), ('24', '%H'), ('12:61', '%H:%M')]:
    try:
        print(repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
dt = datetime(2024, 7, 4, 15, 6, 7, 89)
for f in ['%Y-%m-%d', '%H:%M:%S.%f', '%y %b %B %a %A', '%j %U %W %w', '%I %p', '%z|%Z', '%%Y', '%c', '%x', '%X', '%G-W%V-%u', 'plain', '', '%e|%D|%F|%T|%R']:
    print(repr(f), repr(dt.strftime(f)))
aware = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.strftime('%z %Z'), datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%z %Z'), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=2), 'CEST')).strftime('%z %Z'))
print(format(dt, '%d.%m.%Y'), f'{dt:%H:%M}', format(dt), '{:%Y}'.format(dt))
for m in range(1, 13):
    d = datetime(2023, m, 15)
    print(d.strftime('%b %B %a %A %j'), repr(datetime.strptime(d.strftime('%d %B %Y'), '%d %B %Y')))
