print("x loaded")
y = 1
