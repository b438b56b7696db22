tests = ["range()", "range(1, 2, 3, 4)", "range(1.0)", "range(0, 10, 0)", "range(3)[5]", "range(3).index(5)",
         "range(3)['a']", "len(range(10 ** 20))", "range(x=1)", "range(3)[::0]", "range('a')", "range(1, 2.5)"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
