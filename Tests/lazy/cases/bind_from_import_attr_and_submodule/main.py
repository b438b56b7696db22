from f import attr
from f import sub
print("main mid")
print(attr)
print(sub.V)
