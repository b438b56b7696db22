from contextlib import contextmanager, suppress, nullcontext, closing, redirect_stdout, redirect_stderr
import sys

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("p") as t:
    print("body", t)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("handled", e)

with catcher():
    raise ValueError("boom")
print("after")

try:
    with tag("div"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@tag("deco")
def f(x):
    print("in f", x)
    return x * 2
print(f(21))
print(f(1))
print(f.__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def swallow_reraise():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")
try:
    with swallow_reraise():
        1 / 0
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with suppress():
    print("empty suppress ok")

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with closing(Res("r1")) as r:
    print("using", r.name)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
b = Buf()
with redirect_stdout(b) as got:
    print("captured line")
    print("second", 2)
print(got is b, ''.join(b.parts))
e = Buf()
with redirect_stderr(e):
    sys.stderr.write("err text\n")
print(''.join(e.parts))
