print("h4 start")
import r_from
print("h4 end")
