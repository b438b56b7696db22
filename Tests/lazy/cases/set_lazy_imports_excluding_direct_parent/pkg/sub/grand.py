print("grand start")
import grand_dep
print("grand end")
def f():
    print(grand_dep.V)
