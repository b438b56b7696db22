import sys
sys.setrecursionlimit(150)
def f(n):
    return f(n + 1)
for attempt in range(3):
    try:
        f(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(100))
