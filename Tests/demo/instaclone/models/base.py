"""The model base class: ids, a per-class table, and field defaults."""
from instaclone.utils.ids import new_id

TABLES = {}


class Model:
    prefix = "obj"
    fields = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        TABLES[cls.__name__.lower()] = {}

    def __init__(self, **values):
        self.id = new_id(self.prefix)
        for field in self.fields:
            setattr(self, field, values.get(field))
        TABLES[type(self).__name__.lower()][self.id] = self

    @classmethod
    def all(cls):
        return list(TABLES[cls.__name__.lower()].values())

    def __repr__(self):
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields[:2])
        return f"{type(self).__name__}({shown})"
