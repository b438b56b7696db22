print("rp start")
from . import x
from .m import Y
print("rp end")
def use():
    print(x.V)
    print(Y)
