print("y loaded")
