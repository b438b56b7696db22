print("q start")
import r
print("q end")
V = "qv"
