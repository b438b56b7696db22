from __future__ import eager_imports
import a
import b
print("main body done")
print(b.f())
