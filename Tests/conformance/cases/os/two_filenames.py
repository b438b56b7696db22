import os
try: os.rename("nope_a", "b")
except OSError as e: print(e, e.filename, e.filename2)
e = OSError(2, "x", "a", None, "b"); print(e, e.filename2, OSError(1,"y").filename2, type(e).__name__)
try: os.symlink("a", "/")
except OSError as e: print(e)
