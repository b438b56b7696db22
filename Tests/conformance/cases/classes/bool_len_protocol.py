class Z:
    def __bool__(self):
        print("bool called")
        return False
class L:
    def __len__(self):
        print("len called")
        return 3
print(not Z(), bool(L()), "y" if Z() else "n")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError", e)
