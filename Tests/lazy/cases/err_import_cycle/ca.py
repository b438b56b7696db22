print("ca start")
import __main__
x = __main__.ca
print("ca end")
