print("mid start")
import leaf
import other_leaf
print("mid end")
def use():
    print(leaf.V)
