print("plain start")
import z
print("plain end")
