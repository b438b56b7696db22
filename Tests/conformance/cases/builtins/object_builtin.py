o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(object.__bases__, object.__mro__ == (object,), len(dir(object)) > 10)
class A:
    pass
print(A.__base__ is object, object in A.__mro__)
