print("h2 start")
import v1
import v2
print("h2 end")
