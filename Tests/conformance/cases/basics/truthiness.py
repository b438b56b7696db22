class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for v in [0, 1, 0.0, 0.1, 0j, "", " ", [], [[]], (), {}, {0: 0}, set(), range(0), range(1), None, Empty(), Truthy()]:
    print(type(v).__name__, bool(v))
print("yes" if [] else "no", "yes" if [0] else "no")
