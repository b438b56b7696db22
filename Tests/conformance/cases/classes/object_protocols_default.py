class Plain:
    pass
p = Plain()
print(str(p) == repr(p), p == p, p != p, bool(p))
print(type(p).__name__, Plain.__bases__[0].__name__, object.__name__)
print(hasattr(p, "__dict__"), isinstance(p, object), isinstance(Plain, type))
print(Plain.__doc__, len(Plain.__mro__))
try:
    p < p
except TypeError as e:
    print("TypeError", e)
try:
    len(p)
except TypeError as e:
    print("TypeError", e)
try:
    iter(p)
except TypeError as e:
    print("TypeError", e)
try:
    p[0]
except TypeError as e:
    print("TypeError", e)
