print("heavy loaded")
