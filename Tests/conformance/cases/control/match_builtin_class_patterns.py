for v in [3, True, 3.0, "s", [1], (1,), {"a": 1}, None, {1}, b"x", 1j]:
    match v:
        case bool(b):
            kind = f"bool {b}"
        case int(i):
            kind = f"int {i}"
        case float(f):
            kind = f"float {f}"
        case str(s):
            kind = f"str {s}"
        case list([x]):
            kind = f"list of one {x}"
        case tuple((x,)):
            kind = f"tuple of one {x}"
        case dict({"a": a}):
            kind = f"dict a={a}"
        case set():
            kind = "set"
        case None:
            kind = "None"
        case _:
            kind = "other " + type(v).__name__
    print(kind)
