print("plain loaded")
