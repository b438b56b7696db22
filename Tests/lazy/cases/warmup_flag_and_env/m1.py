print("m1 start")
import x
import y
print("m1 end")
