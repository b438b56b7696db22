print("pk start")
from pk import sub
from pk.other import O
print("pk end")
def use():
    return sub.V + O
