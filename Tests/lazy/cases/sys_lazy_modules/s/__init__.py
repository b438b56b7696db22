print("s loaded")
