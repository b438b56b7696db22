import a
from b import thing
print(type(a).__name__)
print(type(globals()["thing"]).__name__)
g = globals()
print(type(g["a"]).__name__)
