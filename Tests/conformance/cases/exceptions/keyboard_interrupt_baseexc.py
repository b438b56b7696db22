try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
def g():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
it = g()
next(it)
it.close()
