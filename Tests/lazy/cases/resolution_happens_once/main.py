import a
from b import B
print("main mid")
for i in range(3):
    print(a.V, B)
import a
print(a.V)
