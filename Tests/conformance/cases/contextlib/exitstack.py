from contextlib import ExitStack, contextmanager, AbstractContextManager, ContextDecorator

@contextmanager
def res(name, log):
    log.append("enter " + name)
    try:
        yield name
    finally:
        log.append("exit " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback1")
    stack.callback(lambda *a, **k: log.append(("cb2", a, k)), 1, 2, z=3)
    log.append("body " + ",".join(names))
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
log.append("after with")
keep.close()
print(log)

def exit_handler(t, v, tb):
    print("exit_handler got", t.__name__ if t else None, v)
    return True
with ExitStack() as stack:
    stack.push(exit_handler)
    raise ValueError("suppress me")
print("suppressed by push")

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *a):
        print("CM exit", a[0].__name__ if a[0] else None)
        return False
with ExitStack() as stack:
    stack.push(CM())
    print("pushed CM (no enter)")

# exception chaining: inner callbacks raising
def raiser(exc):
    def cb():
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first")))
        stack.callback(raiser(IndexError("second")))
        raise ValueError("body")
except Exception as e:
    print(type(e).__name__, e)
    c = e.__context__
    while c is not None:
        print(" context:", type(c).__name__, c)
        c = c.__context__

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")
with Mine() as m:
    print(type(m).__name__)
print(issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))

class mycd(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish", exc[0])
        return False
@mycd()
def work(n):
    print("working", n)
    return n + 1
print(work(3))
with mycd():
    print("inline")
