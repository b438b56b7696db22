import m1
import a
print("main body end")
