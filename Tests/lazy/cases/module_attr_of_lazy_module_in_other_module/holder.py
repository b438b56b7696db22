print("holder start")
import dep
print("holder end")
