# A function reads the global `a` until its cache is warm; then `import a` stores a deferred
# import over the same name (a value replacement, not a new key): the next read must resolve it.
a = "plain"


def use():
    return a if isinstance(a, str) else a.V


for _ in range(3):
    print(use())
import a
print("after import")
for _ in range(3):
    print(use())
