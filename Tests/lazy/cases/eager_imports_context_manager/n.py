print("n loaded")
V = "nv"
