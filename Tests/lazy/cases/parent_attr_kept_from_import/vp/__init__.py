print("vp init start")
from .version import version
print("vp init end")
