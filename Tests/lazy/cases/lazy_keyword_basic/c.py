print("c loaded")
