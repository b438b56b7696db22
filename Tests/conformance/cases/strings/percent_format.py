print("%d items cost %.2f" % (3, 9.5))
print("%s|%r|%a" % ("é", "é", "é"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000012, 1e-10, 2.5e20))
print("%10.3f|%-10.3f|%.0f|%.1f" % (3.14159, 2.71828, 2.5, 0.05))
print("%c%c %%" % (65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*.*f" % (6, 7, 8, 2, 1.23456))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", (1, 2)))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
