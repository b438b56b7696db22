print("s.three loaded")
V = 3
