from datetime import date, timedelta
import datetime
d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().week, tuple(d.isocalendar()), d.timetuple())
for y, m, dd in [(2024, 2, 29), (2023, 12, 31), (2021, 1, 1), (2020, 12, 31), (2027, 1, 1), (1, 1, 1), (9999, 12, 31), (2000, 3, 1), (1900, 3, 1), (2015, 12, 28), (2009, 12, 31), (2010, 1, 3)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), date.fromordinal(x.toordinal()), x.weekday(), x.isocalendar(), x.strftime('%j %U %W %a %A %b %B %y %G %V %u %w'))
print(d + timedelta(days=30), d - timedelta(days=3), date(2024, 3, 1) - date(2024, 2, 1), d - d, timedelta(1) + d)
print(d.replace(year=2020), d.replace(month=12, day=25), date.min, date.max, date.resolution)
print(d == date(2024, 1, 2), d < date(2024, 1, 3), d > date(2023, 1, 3), d != d, d == 5, d == datetime.datetime(2024, 1, 2))
print(date.fromisoformat('2024-03-15'), date.fromisoformat('20240315'), date.fromisoformat('2024-W01-1'), date.fromisoformat('2021W527'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromordinal(738000))
print(d.strftime('%Y-%m-%d %H:%M:%S %% %c %x %X'), format(d, '%d/%m/%Y'), format(d), f'{d:%B %d, %Y}')
for expr in ['date(2020.0,1,1)', 'date("2020",1,1)', 'date(0,1,1)', 'date(10000,1,1)', 'date(2020,2,30)', 'date(2020,13,1)', 'date(2020,0,1)', 'date(2021,2,29)',
             'date.max + timedelta(1)', 'date.min - timedelta(1)', 'date.fromisoformat("2020-1-1")', 'date.fromisoformat(5)',
             'date.fromisoformat("2020-01-01T00")', 'date.fromisocalendar(2020,54,1)', 'date.fromisocalendar(2021,53,1)', 'date.fromisocalendar(2020,5,8)', 'date.fromordinal(0)']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 9)]))
class MyDate(date):
    pass
print(repr(MyDate(2020, 5, 17)), MyDate(2020, 5, 17).replace(day=1))
