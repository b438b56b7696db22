print("loading rel_pkg.inner.beyond")
from ... import something
