print("loading err_delete_self")
import sys
del sys.modules[__name__]
