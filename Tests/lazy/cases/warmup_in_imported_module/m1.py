print("m1 start")
import x
print("m1 end")
