print("pkg init start")
import pkg_dep
print("pkg init end")
