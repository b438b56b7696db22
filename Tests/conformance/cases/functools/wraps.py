import functools
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return ('wrapped', fn(*args, **kw))
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hello."""
    return 'hello ' + name
greet.extra = 1
print(greet('bob'), greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__, greet.__wrapped__('x'))
def original():
    pass
original.attr = 'copied'
def wrapper():
    pass
res = functools.update_wrapper(wrapper, original)
print(res is wrapper, wrapper.attr, wrapper.__name__, wrapper.__wrapped__ is original)
def w2():
    pass
functools.update_wrapper(w2, original, assigned=('__doc__',), updated=())
print(w2.__name__, hasattr(w2, 'attr'), w2.__wrapped__ is original)
class Obj:
    pass
o = Obj()
def w3():
    """keep"""
functools.update_wrapper(w3, o, updated=())
print(w3.__name__, w3.__doc__ is None, w3.__module__)
def outer():
    def inner():
        pass
    return inner
stack = deco(deco(outer()))
print(stack.__qualname__, stack.__wrapped__.__wrapped__.__qualname__)
