import shared
print("flaky attempt")
if not shared.ok:
    shared.ok = True
    raise ImportError("first time fails")
V = "flaky-v"
