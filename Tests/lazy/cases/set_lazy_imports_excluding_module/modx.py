print("modx start")
import inner_x
print("modx end")
def f():
    print(inner_x.V)
