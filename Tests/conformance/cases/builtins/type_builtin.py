print(type(1), type("s"), type(1.0), type(None), type([]), type(()), type({}), type(set()), type(len), type(type))
print(type(1).__name__, type(print).__name__, type(lambda: 0).__name__, type(x for x in []).__name__)
class A:
    pass
print(type(A()).__name__, type(A) is type, type(A()) is A)
B = type("B", (A,), {"x": 5, "m": lambda self: self.x * 2})
b = B()
print(type(b).__name__, b.x, b.m(), isinstance(b, A), B.__bases__ == (A,))
try:
    type("C", 5, {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
