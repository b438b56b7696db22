print("p loaded")
