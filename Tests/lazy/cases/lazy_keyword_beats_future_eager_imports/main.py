from __future__ import eager_imports
lazy import a
import b
print("main mid")
print(a.V)
