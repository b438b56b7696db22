def f():
    try:
        return 1
    finally:
        [].remove(3)
f()
