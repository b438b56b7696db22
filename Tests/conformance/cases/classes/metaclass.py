class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Derived(Base):
    pass
d = Derived(5)
print(d.v, Derived.created_by, type(Derived).__name__, type(Meta).__name__, isinstance(Derived, Meta))
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.created_by)
