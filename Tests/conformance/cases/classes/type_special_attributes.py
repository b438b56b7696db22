class A:
    pass

class B(A):
    "B's doc"

print(A.__doc__, B.__doc__, object.__base__, A.__base__.__name__, B.__base__.__name__)
print(getattr(A, "__doc__", "missing"), "__doc__" in A.__dict__, "__doc__" in B.__dict__)
print(type.__base__.__name__, bool.__base__.__name__, A.__bases__, A.__mro__[-1].__name__)
print(A.__module__, int.__module__, A.__qualname__, B.__name__)
