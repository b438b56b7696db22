from __future__ import lazy_imports
import a
import b
print("main body done")
print(a.V)
