print("m start")
import n
print("m end")
def use():
    print(n.V)
