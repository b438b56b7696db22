print("inner_x loaded")
V = "X"
