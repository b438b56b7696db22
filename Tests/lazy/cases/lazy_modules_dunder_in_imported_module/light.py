print("light loaded")
