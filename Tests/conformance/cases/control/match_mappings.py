def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest}:
            return f"special key, rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a"}, {"type": "key", "key": "Enter", "mods": 2},
          {"type": "scroll"}, {"other": 1}, [1, 2], {"type": "click", "pos": (1, 2, 3)}]:
    print(handle(e))
