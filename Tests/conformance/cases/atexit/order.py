import atexit
import sys

def a(x, y=0):
    print("a", x, y)

def b():
    print("b")

def c():
    print("c", file=sys.stderr)
    print("c runs first")

print(atexit.register(a, 1, y=2) is a)
atexit.register(b)
atexit.register(b)
atexit.register(c)
atexit.unregister(b)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)

@atexit.register
def decorated():
    print("decorated")

print("main done")
sys.exit(3)
