print("child start")
import grand
print("child end")
def g():
    return grand.G
