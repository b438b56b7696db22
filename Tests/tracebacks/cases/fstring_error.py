v = None
s = f"{v.upper()} done"
