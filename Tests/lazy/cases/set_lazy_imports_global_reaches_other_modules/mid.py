print("mid start")
import leaf
print("mid end")
def use():
    print(leaf.V)
