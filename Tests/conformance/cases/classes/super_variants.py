class Base:
    def __init__(self):
        self.log = ["Base"]
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    def hello(self):
        return "base hello"
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append("Child")
    @classmethod
    def create(cls):
        return "child+" + super().create()
    def hello(self):
        return "child/" + super().hello()
c = Child()
print(c.log, Child.create(), c.hello(), super(Child, c).hello())
class Multi(Child):
    def hello(self):
        return "multi/" + super(Child, self).hello()
print(Multi().hello())
