print("h3 start")
import i1
import i2
print("h3 end")
