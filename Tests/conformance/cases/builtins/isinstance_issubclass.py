print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("s", str), isinstance(None, type(None)), isinstance([], list), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, tuple, list)), issubclass(int, int))
print(isinstance(1, int | str), issubclass(bool, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, (B,)))
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError", e)
