d = {"k": 1}
d["k"] += None
