def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"ret {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
def hi(name):
    return "hi " + name
add(2, 3)
print(hi("x"), add.__name__)
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
reg = []
@register(reg)
@trace
def mul(a, b):
    return a * b
print(reg, mul(3, 4))
