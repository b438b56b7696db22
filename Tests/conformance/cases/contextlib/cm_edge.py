from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing, AbstractContextManager
import sys

@contextmanager
def managed(log):
    log.append("setup")
    yield log
    log.append("teardown")

# reusable as decorator: each call recreates the cm
calls = []
@managed(calls)
def work():
    calls.append("work")
work(); work()
print(calls)

# generator that swallows and the exception is suppressed
@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)
with swallow():
    raise RuntimeError("x")
print("ok1")

# StopIteration raised in body
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through", e)
except RuntimeError as e:
    print("RuntimeError", e)

# generator re-raising the same exception
@contextmanager
def reraiser():
    try:
        yield
    except KeyError:
        print("saw KeyError")
        raise
try:
    with reraiser():
        raise KeyError("k")
except KeyError as e:
    print("got back", repr(e))

# exception in __exit__ of ExitStack replaced
class Raiser:
    def __init__(self, exc): self.exc = exc
    def __enter__(self): return self
    def __exit__(self, *a): raise self.exc
class Suppressor:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("Suppressor saw", a[0].__name__ if a[0] else None)
        return True
with ExitStack() as st:
    st.enter_context(Suppressor())
    st.enter_context(Raiser(ValueError("from exit")))
print("suppressed exit exception")

try:
    with ExitStack() as st:
        st.enter_context(Raiser(ValueError("inner")))
        st.enter_context(Raiser(TypeError("outer")))
except ValueError as e:
    print("final", repr(e), "context", repr(e.__context__))

# close() runs callbacks in LIFO order and empties the stack
st = ExitStack()
for i in range(3):
    st.callback(print, "cb", i)
st.close()
st.close()
print("closed twice fine")

# push returns its argument; callback returns the callable
st = ExitStack()
def h(*a): return False
print(st.push(h) is h, st.callback(h) is h)
st.close()

# nested ExitStack with pop_all transferring ownership
def open_all(names):
    with ExitStack() as stack:
        res = [stack.enter_context(nullcontext(n)) for n in names]
        stack.callback(print, "cleanup", names)
        return res, stack.pop_all()
res, cleanup = open_all(["a", "b"])
print(res)
with cleanup:
    print("using")

with suppress(ZeroDivisionError) as s:
    print("suppress enter returns", s)
    1 / 0
class Thing:
    closed = False
    def close(self): self.closed = True
t = Thing()
with closing(t):
    pass
print(t.closed, isinstance(nullcontext(), AbstractContextManager))
