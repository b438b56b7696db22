from __future__ import eager_imports
print("optout start")
import child
print("optout end")
