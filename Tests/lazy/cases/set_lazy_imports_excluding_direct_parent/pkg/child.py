print("child start")
import child_dep
print("child end")
NAME = "child-name"
