print("plainmod start")
import inner_p
print("plainmod end")
def f():
    print(inner_p.V)
