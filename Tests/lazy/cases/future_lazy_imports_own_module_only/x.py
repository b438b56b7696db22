print("x loaded")
V = "xv"
