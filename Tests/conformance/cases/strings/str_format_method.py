print("{} {} {}".format(1, "two", 3.0))
print("{2} {0} {1} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{0!r} {0!s} {0!a}".format("ñ"))
print("{{literal}} {}".format("x"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{:,}".format(1234567890), "{:_}".format(10 ** 8), "{:,.2f}".format(1234567.891))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
