def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {pretty(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        items = [pad + "  " + pretty(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value != value:
        raise ValueError("NaN is not representable")
    return repr(value)
doc = {
    "name": "smolder",
    "version": [0, 1, 2],
    "tags": ["interpreter", "swift", 'quote"d'],
    "config": {"debug": False, "level": 3, "ratio": 0.75, "empty": {}, "none": None},
    "matrix": [[1, 2], [3, 4]],
    "notes": "line1\nline2",
    "items": [],
}
print(pretty(doc))
try:
    pretty({"bad": float("nan")})
except ValueError as e:
    print("ValueError", e)
