import importlib
class Spy:
    def __contains__(self, name):
        return name == "modx"
importlib.set_lazy_imports(True, excluding=Spy())
import modx
print("main mid")
modx.f()
