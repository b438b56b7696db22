import time
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_zone, g.tm_gmtoff, type(g).__name__)
t = time.gmtime(1234567890.7)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %y %%", t))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime(t), time.asctime(time.gmtime(10 ** 9)))
print(time.gmtime(-86400).tm_year, time.gmtime(951782400).tm_yday, time.gmtime(4102444800).tm_year)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_mday, s.tm_hour)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__, time.process_time() >= 0)
for f in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.strftime("%Y", (1, 2)), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
