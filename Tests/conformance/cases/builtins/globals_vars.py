alpha = 1
beta = "two"
g = globals()
print(g["alpha"], g["beta"], "gamma" in g)
g["gamma"] = 3
print(gamma)
print(__name__, globals()["__name__"])
def f():
    local_one = 1
    local_two = [2]
    return sorted(locals().items())
print(f())
class K:
    x = 1
    y = 2
print(sorted(k for k in vars(K) if not k.startswith("_")))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
