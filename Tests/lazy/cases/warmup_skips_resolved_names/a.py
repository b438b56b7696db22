print("a loaded")
