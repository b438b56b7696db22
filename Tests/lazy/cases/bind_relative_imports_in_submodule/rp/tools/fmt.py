print("rp.tools.fmt loaded")
def fmt(s):
    return "<" + s + ">"
