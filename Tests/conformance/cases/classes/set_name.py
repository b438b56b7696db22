class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __repr__(self):
        return f"Field({self.owner}.{self.name})"
class Model:
    id = Field()
    title = Field()
print(Model.id, Model.title)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
