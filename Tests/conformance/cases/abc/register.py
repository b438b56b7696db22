from abc import ABC, ABCMeta, get_cache_token

class Drawable(ABC):
    pass

class Circle:
    pass

class Sub(Circle):
    pass

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
t1 = get_cache_token()
r = Drawable.register(Circle)
print(r is Circle)
t2 = get_cache_token()
print(t1 != t2)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), issubclass(Sub, Drawable))
print(Drawable in Circle.__mro__)

@Drawable.register
class Deco:
    pass
print(Deco.__name__, issubclass(Deco, Drawable))

Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance("x", Drawable))

class Special(Drawable):
    pass
class Other:
    pass
Special.register(Other)
print(issubclass(Other, Special), issubclass(Other, Drawable), isinstance(Other(), Drawable))

try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Special.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)
print(Drawable.register(Special) is Special)
print(get_cache_token() == get_cache_token())
