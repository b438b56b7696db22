a = [1]
b = a
print(a is b, id(a) == id(b), id(a) == id(a[:]))
s = "abc"
print(s is s, None is None, ... is Ellipsis)
print(type(id(a)).__name__)
