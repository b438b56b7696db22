lazy = 3
print(lazy)
lazy += 1
print(lazy)
def lazy_f(lazy):
    return lazy * 2
print(lazy_f(5))
lazy = [10, 20]
print(lazy[0])
lazy = lambda x: x + 1
print(lazy(1))
class K:
    lazy = "class attr"
print(K.lazy)
def g():
    lazy = "local"
    return lazy
print(g())
import lazy as lazy_module
print("imported")
print(lazy_module.V)
del lazy
print("lazy" in globals())
