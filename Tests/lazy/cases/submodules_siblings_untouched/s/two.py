print("s.two loaded")
V = 2
