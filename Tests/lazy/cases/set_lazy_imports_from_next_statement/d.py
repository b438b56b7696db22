print("d loaded")
