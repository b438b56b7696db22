class Base:
    @property
    def value(self):
        return "base"
    @property
    def name(self):
        return type(self).__name__
class Child(Base):
    @property
    def value(self):
        return "child+" + super().value
c = Child()
print(c.value, c.name)
try:
    c.name = "x"
except AttributeError as e:
    print("AttributeError", e)
class WithSetter(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v
w = WithSetter()
w.value = 3
print(w.value, w._v)
