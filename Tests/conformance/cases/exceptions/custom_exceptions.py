class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class RangeError(ValidationError):
    pass
class Silent(Exception):
    def __str__(self):
        return "custom str"
for exc in [ValidationError("name", "empty"), RangeError("age", "negative"), Silent(), Exception(), Exception("a", 2), KeyError("k"), KeyError("a", "b")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise RangeError("x", "too big")
except ValidationError as e:
    print("caught as base:", e, e.field, isinstance(e, Exception))
