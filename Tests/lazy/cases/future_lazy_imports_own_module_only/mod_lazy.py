from __future__ import lazy_imports
print("mod_lazy start")
import x
import y
print("mod_lazy end")
