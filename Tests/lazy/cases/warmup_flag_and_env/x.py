print("x loaded")
