import atexit

def bad():
    raise ValueError("from atexit")

def fine():
    print("fine ran")

atexit.register(fine)
atexit.register(bad)
print("raising")
raise KeyError("main failed")
