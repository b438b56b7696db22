print("pk.x loaded")
V = "xv"
