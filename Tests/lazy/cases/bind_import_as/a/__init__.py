print("a loaded")
NAME = "A"
