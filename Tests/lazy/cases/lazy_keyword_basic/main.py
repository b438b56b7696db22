lazy import a
lazy from b import X
import c
print("main mid")
print(a.V)
print(X)
