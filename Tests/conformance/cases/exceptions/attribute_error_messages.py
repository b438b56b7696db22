class Thing:
    def __init__(self):
        self.value = 1
items = [
    lambda: Thing().vaule,
    lambda: Thing.nothing,
    lambda: "str".nope,
    lambda: [].push,
    lambda: (1).real.imag.nope,
    lambda: setattr(5, "x", 1),
    lambda: delattr(Thing(), "missing"),
    lambda: object().__dict__,
]
for f in items:
    try:
        f()
    except AttributeError as e:
        print(e)
