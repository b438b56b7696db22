print("leaf loaded")
V = "leaf-v"
