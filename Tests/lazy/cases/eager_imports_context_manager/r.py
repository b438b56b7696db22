print("r loaded")
