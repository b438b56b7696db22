import a
from b import B
def use():
    return a.V + B
print("main mid")
print(use())
