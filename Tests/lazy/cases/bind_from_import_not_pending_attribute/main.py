import f
from f import sub2
print("main mid")
print(f.NAME)
print(hasattr(f, "sub2"))
print(sub2.V)
print(hasattr(f, "sub2"))
