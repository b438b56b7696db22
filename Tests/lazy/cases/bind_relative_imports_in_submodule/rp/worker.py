print("rp.worker start")
from . import helper
from .tools.fmt import fmt
print("rp.worker end")
def use():
    print(helper.H)
    print(fmt("x"))
