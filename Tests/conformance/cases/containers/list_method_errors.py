tests = ["[].pop()", "[1].pop(3)", "[1].remove(2)", "[1, 2].index(5)", "[1].insert(0)",
         "[].append()", "[].append(1, 2)", "[].count()", "[].index()", "[].sort(1)",
         "[].sort(foo=1)", "list(1, 2)", "list(x=1)", "[1, 2, 3].index(3, 0, 2)",
         "x = [1]; x['a']", "x = [1]; x[2] = 3", "[].pop(1, 2)", "list.append(1, 2)", "list.append()",
         "[1] + (2,)", "[1] * 1.5", "hash([])", "[].extend(5)", "x = []; x += 5"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
