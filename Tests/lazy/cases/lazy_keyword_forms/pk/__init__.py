print("pk start")
lazy from . import x
lazy from .m import Y
print("pk end")
def use():
    print(x.V, Y)
