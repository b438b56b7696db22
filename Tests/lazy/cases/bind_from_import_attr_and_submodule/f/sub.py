print("f.sub loaded")
V = "subv"
