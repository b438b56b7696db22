s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
tests = ["set().pop()", "{1}.remove(5)", "set(1, 2)", "{1} | [1]", "hash({1})", "set(x=1)", "{1}.add()", "frozenset(1, 2)", "set.add(frozenset(), 1)"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
