print("rp.x loaded")
V = "xv"
