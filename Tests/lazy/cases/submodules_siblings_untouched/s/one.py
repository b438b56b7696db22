print("s.one loaded")
V = 1
